using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Forms;

/// <summary>
/// The archive of a completed export (tenant-owned; its id is the request's): a zip
/// (<see cref="DataSubjectRequestConsts.ArchiveContentType"/>) of <see cref="DataSubjectRequestConsts.ManifestEntryName"/> and one
/// JSON document per area (<c>Module.Area.json</c>). Personal data itself: an erasure of the member deletes it.
/// </summary>
public sealed class DataSubjectRequestArchive : AggregateRoot<Guid>, IMultiTenant
{
    private DataSubjectRequestArchive()
    {
        // EF Core
        FileName = string.Empty;
        Content = [];
    }

    /// <summary>An archive of the request <paramref name="requestId"/>.</summary>
    public DataSubjectRequestArchive(Guid requestId, Guid? tenantId, Guid memberId, string fileName, byte[] content, DateTime now)
        : base(requestId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        TenantId = tenantId;
        MemberId = memberId;
        FileName = fileName;
        Content = content;
        CreatedAtUtc = now;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The data subject (a user id of the tenant).</summary>
    public Guid MemberId { get; private set; }

    /// <summary>The download's file name, e.g. <c>personal-data-&lt;request id&gt;.zip</c>.</summary>
    public string FileName { get; private set; }

    /// <summary>The zip's bytes.</summary>
    public byte[] Content { get; private set; }

    /// <summary>When it was generated (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }
}
