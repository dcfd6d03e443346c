using System.IO.Compression;
using System.Text.Json;
using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.PersonalData;
using FitSaaS.Framework.Uow;

namespace FitSaaS.Forms;

/// <summary>
/// Runs a data subject request through every registered <see cref="IPersonalDataHandler"/> in the caller's unit of work: an
/// export writes a zip (<c>manifest.json</c> and one <c>&lt;Area&gt;.json</c> per area that holds data) as the request's
/// <see cref="DataSubjectRequestArchive"/>; an erasure calls every handler's erasure (Identity last, Billing just before it,
/// the rest by area name) and records each area's result. The erasure's row changes are kept out of the entity history (it
/// would copy the erased values into the audit trail): the request records what each area did, and the call that processed it
/// is audited.
/// </summary>
public sealed class DataSubjectRequestProcessor(
    IEnumerable<IPersonalDataHandler> handlers,
    IDataSubjectRequestArchiveRepository archives,
    IAuditingManager auditingManager,
    IUnitOfWorkManager unitOfWorkManager) : IDomainService
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The handlers in the order they run.</summary>
    public IReadOnlyList<IPersonalDataHandler> OrderedHandlers() =>
        [.. handlers.OrderBy(Rank).ThenBy(h => h.Area, StringComparer.Ordinal)];

    /// <summary>Processes a request that was just started (<see cref="DataSubjectRequest.Start"/>) and completes it at <paramref name="now"/>.</summary>
    public async Task ProcessAsync(DataSubjectRequest request, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var results = request.Kind == DataSubjectRequestKind.Export
            ? await ExportAsync(request, now, cancellationToken)
            : await EraseAsync(request.MemberId, cancellationToken);
        request.Complete(results, now);
    }

    private async Task<List<DataSubjectRequestAreaResult>> ExportAsync(DataSubjectRequest request, DateTime now, CancellationToken cancellationToken)
    {
        var results = new List<DataSubjectRequestAreaResult>();
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var handler in OrderedHandlers())
            {
                var data = await handler.ExportAsync(request.MemberId, cancellationToken);
                results.Add(new DataSubjectRequestAreaResult(handler.Area, data is not null, 0, 0, 0, null));
                if (data is not null)
                {
                    WriteEntry(zip, handler.Area + ".json", data);
                }
            }

            var manifest = new
            {
                RequestId = request.Id,
                request.TenantId,
                request.MemberId,
                GeneratedAtUtc = now,
                Areas = results.Select(r => new { r.Area, HasData = r.Exported }).ToList(),
            };
            WriteEntry(zip, DataSubjectRequestConsts.ManifestEntryName, manifest);
        }

        if (await archives.FindAsync(request.Id, cancellationToken) is { } previous)
        {
            await archives.DeleteAsync(previous, cancellationToken: cancellationToken);
        }

        await archives.InsertAsync(
            new DataSubjectRequestArchive(request.Id, request.TenantId, request.MemberId, $"personal-data-{request.Id:N}.zip", buffer.ToArray(), now),
            cancellationToken: cancellationToken);
        return results;
    }

    private async Task<List<DataSubjectRequestAreaResult>> EraseAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var results = new List<DataSubjectRequestAreaResult>();

        // A scope of its own that is never saved: the entity history of the erasure's changes is dropped, not the request's.
        using (auditingManager.BeginScope())
        {
            foreach (var handler in OrderedHandlers())
            {
                var erased = await handler.EraseAsync(memberId, cancellationToken);
                results.Add(new DataSubjectRequestAreaResult(handler.Area, false, erased.Deleted, erased.Pseudonymised, erased.Retained, erased.Note));
            }

            if (unitOfWorkManager.Current is { } unitOfWork)
            {
                await unitOfWork.SaveChangesAsync(cancellationToken);
            }
        }

        return results;
    }

    // The zip is built in memory: writing its entries does no I/O.
    private static void WriteEntry(ZipArchive zip, string name, object data)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        JsonSerializer.Serialize(stream, data, data.GetType(), s_json);
    }

    private static int Rank(IPersonalDataHandler handler) =>
        handler.Area.StartsWith("Identity.", StringComparison.Ordinal) ? 2
        : handler.Area.StartsWith("Billing.", StringComparison.Ordinal) ? 1
        : 0;
}
