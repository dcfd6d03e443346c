using FitSaaS.Forms;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>
/// The data subject requests' own part (<c>Forms.DataSubjectRequests</c>): the member's requests are exported; an erasure deletes
/// the member's export archives and keeps the requests (the record that the gym answered them, GDPR Art. 5(2)); they hold
/// no personal data beyond the ids and staff's notes.
/// </summary>
public sealed class DataSubjectRequestPersonalDataHandler(IDbContextProvider<FitSaaSDbContext> dbContextProvider) : IPersonalDataHandler, ITransientDependency
{
    /// <summary>Why the requests are kept.</summary>
    public const string RetentionNote = "Data subject requests are kept as the record that they were answered (GDPR Art. 5(2) accountability).";

    /// <inheritdoc/>
    public string Area => "Forms.DataSubjectRequests";

    /// <inheritdoc/>
    public async Task<object?> ExportAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var db = await dbContextProvider.GetDbContextAsync(typeof(DataSubjectRequest), cancellationToken);
        var requests = await db.Set<DataSubjectRequest>().AsNoTracking()
            .Where(r => r.MemberId == memberId)
            .OrderBy(r => r.RequestedAtUtc)
            .Select(r => new { r.Id, Kind = r.Kind.ToString(), Status = r.Status.ToString(), r.RequestedAtUtc, r.DueAtUtc, r.CompletedAtUtc, r.RejectionReason })
            .ToListAsync(cancellationToken);
        return requests.Count == 0 ? null : new { Requests = requests };
    }

    /// <inheritdoc/>
    public async Task<PersonalDataErasureResult> EraseAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var db = await dbContextProvider.GetDbContextAsync(typeof(DataSubjectRequest), cancellationToken);
        var deleted = await db.Set<DataSubjectRequestArchive>().Where(a => a.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        var retained = await db.Set<DataSubjectRequest>().CountAsync(r => r.MemberId == memberId, cancellationToken);
        return deleted + retained == 0 ? PersonalDataErasureResult.Nothing : new PersonalDataErasureResult(deleted, 0, retained, retained == 0 ? null : RetentionNote);
    }
}
