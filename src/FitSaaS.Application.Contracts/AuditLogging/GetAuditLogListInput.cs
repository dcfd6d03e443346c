using System.ComponentModel.DataAnnotations;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Auditing;

namespace FitSaaS.AuditLogging;

/// <summary>Filters, paging and sorting of the audit-log list; every filter is optional.</summary>
[AllowedSorting(SortByExecutionTime, SortByDuration, SortByHttpStatusCode)]
public sealed class GetAuditLogListInput : PagedAndSortedResultRequestDto
{
    /// <summary>Sort by start time (the default, descending).</summary>
    public const string SortByExecutionTime = "executionTime";

    /// <summary>Sort by duration.</summary>
    public const string SortByDuration = "duration";

    /// <summary>Sort by HTTP status.</summary>
    public const string SortByHttpStatusCode = "httpStatusCode";

    /// <summary>Entries of this user.</summary>
    public Guid? UserId { get; init; }

    /// <summary>Entries of the user with this exact name.</summary>
    [StringLength(AuditLogConsts.MaxNameLength)]
    public string? UserName { get; init; }

    /// <summary>Entries starting at or after this UTC instant.</summary>
    public DateTime? FromUtc { get; init; }

    /// <summary>Entries starting before this UTC instant.</summary>
    public DateTime? ToUtc { get; init; }

    /// <summary>Entries whose URL contains this text.</summary>
    [StringLength(AuditLogConsts.MaxUrlLength)]
    public string? Url { get; init; }

    /// <summary>Entries with this HTTP status.</summary>
    [Range(100, 599)]
    public int? HttpStatusCode { get; init; }

    /// <summary>True: failed entries only; false: successful entries only.</summary>
    public bool? HasException { get; init; }

    /// <summary>Entries that changed an entity of this type (CLR full name, e.g. <c>FitSaaS.Bookings.ClassSession</c>).</summary>
    [StringLength(AuditLogConsts.MaxTypeNameLength)]
    public string? EntityTypeFullName { get; init; }

    /// <summary>Entries that changed the entity with this key.</summary>
    [StringLength(AuditLogConsts.MaxEntityIdLength)]
    public string? EntityId { get; init; }

    /// <summary>Entries with an entity change of this kind.</summary>
    public EntityChangeType? ChangeType { get; init; }
}
