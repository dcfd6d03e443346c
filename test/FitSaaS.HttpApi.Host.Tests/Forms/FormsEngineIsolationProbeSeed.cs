using FitSaaS.Forms;
using FitSaaS.HttpApi.Host.Tests.Isolation;
using static FitSaaS.HttpApi.Host.Tests.Isolation.IsolationProbeSeedContext;

namespace FitSaaS.HttpApi.Host.Tests.Forms;

/// <summary>
/// The forms engine's probe data in B: a form published as version 1 (marker in its name, a field label and help text), a
/// submission of B's admin with a marked answer, and the form issued to B's admin.
/// </summary>
public sealed class FormsEngineIsolationProbeSeed : IIsolationProbeSeed
{
    public string RoutePrefix => "/api/forms/forms";

    public async Task SeedAsync(IsolationProbeSeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (adminB, marker, targets, ct) = (context.VictimAdmin, context.Marker, context.Targets, cancellationToken);
        var form = await PostAsync(adminB, "/api/forms/forms", new CreateFormDto
        {
            Name = $"Waiver questions {marker}",
            Description = $"Secret intro {marker}",
            Purpose = FormPurpose.HealthQuestionnaire,
            Fields =
            [
                new FormFieldDto { Key = "notes", Label = $"Secret question {marker}", HelpText = $"Secret help {marker}", Type = FormFieldType.Text, Required = true },
                new FormFieldDto { Key = "level", Label = "Level", Type = FormFieldType.SingleChoice, Options = [$"Option {marker}", "Other"] },
            ],
        }, ct);
        var formId = form.GetProperty("id").GetGuid();
        targets.AddId("forms", formId, "B's form");

        var version = await PostAsync(adminB, $"/api/forms/forms/{formId}/publish", new { }, ct);
        var versionId = version.GetProperty("id").GetGuid();
        targets.AddId("versions", versionId, "B's form version");

        var submission = await PostAsync(adminB, "/api/forms/form-submissions", new CreateFormSubmissionDto
        {
            FormId = formId,
            FormVersionId = versionId,
            Answers = [new FormAnswerDto { Key = "notes", Text = $"Secret answer {marker}" }],
        }, ct);
        targets.AddId("form-submissions", submission.GetProperty("id").GetGuid(), "B's form submission");

        var issued = await PostAsync(adminB, "/api/forms/issued-forms", new IssueFormDto { FormId = formId, MemberId = context.Victim.AdminUserId }, ct);
        targets.AddId("issued-forms", issued.GetProperty("id").GetGuid(), "B's issued form");
    }
}
