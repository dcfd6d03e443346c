using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.PersonalData;

namespace FitSaaS.Forms;

/// <summary>
/// The forms engine's part in a data subject request (area <see cref="AreaName"/>): exports the member's submissions (each
/// answer with the label of the version it answered) and issued forms; erasure deletes both (health answers must go, nothing
/// is retained).
/// </summary>
public sealed class FormsPersonalDataHandler(
    IFormSubmissionRepository submissions,
    IFormVersionRepository versions,
    IIssuedFormRepository issuedForms,
    IFormRepository forms) : IPersonalDataHandler, ITransientDependency
{
    /// <summary>The area's name.</summary>
    public const string AreaName = "Forms.Submissions";

    /// <inheritdoc/>
    public string Area => AreaName;

    /// <inheritdoc/>
    public async Task<object?> ExportAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var submitted = await submissions.GetListByMemberAsync(memberId, cancellationToken);
        var issued = await issuedForms.GetListByMemberAsync(memberId, cancellationToken);
        if (submitted.Count == 0 && issued.Count == 0)
        {
            return null;
        }

        var versionsById = (await versions.GetByIdsAsync(submitted.Select(s => s.FormVersionId).Distinct().ToList(), cancellationToken)).ToDictionary(v => v.Id);
        var formsById = (await forms.GetByIdsAsync(issued.Select(i => i.FormId).Distinct().ToList(), cancellationToken)).ToDictionary(f => f.Id);
        return new
        {
            Submissions = submitted.Select(s =>
            {
                var version = versionsById.GetValueOrDefault(s.FormVersionId);
                return new
                {
                    s.Id,
                    s.FormId,
                    FormName = version?.Name,
                    s.FormVersionId,
                    s.VersionNumber,
                    s.SubmittedAt,
                    s.SubmittedByUserId,
                    Status = s.Status.ToString(),
                    s.ReviewedAt,
                    s.ReviewNote,
                    Answers = s.Answers.Select(a => new
                    {
                        a.Key,
                        Label = version?.Fields.FirstOrDefault(f => f.Key == a.Key)?.Label,
                        a.Text,
                        a.Number,
                        Date = a.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        a.Choices,
                        a.Flag,
                    }).ToList(),
                };
            }).ToList(),
            IssuedForms = issued.Select(i => new
            {
                i.Id,
                i.FormId,
                FormName = formsById.GetValueOrDefault(i.FormId)?.Name,
                Source = i.Source.ToString(),
                i.IssuedAt,
                DueDate = i.DueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Status = i.Status.ToString(),
                i.CompletedAt,
            }).ToList(),
        };
    }

    /// <inheritdoc/>
    public async Task<PersonalDataErasureResult> EraseAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var submitted = await submissions.GetListByMemberAsync(memberId, cancellationToken);
        var issued = await issuedForms.GetListByMemberAsync(memberId, cancellationToken);
        foreach (var issue in issued)
        {
            await issuedForms.DeleteAsync(issue, autoSave: false, cancellationToken);
        }

        foreach (var submission in submitted)
        {
            await submissions.DeleteAsync(submission, autoSave: false, cancellationToken);
        }

        return submitted.Count + issued.Count == 0 ? PersonalDataErasureResult.Nothing : new PersonalDataErasureResult(submitted.Count + issued.Count, 0, 0, null);
    }
}
