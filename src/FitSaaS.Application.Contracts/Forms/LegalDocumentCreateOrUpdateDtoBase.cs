using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Forms;

/// <summary>The title, scope and gates of a legal document.</summary>
public abstract class LegalDocumentCreateOrUpdateDtoBase
{
    /// <summary>Display title, at most <see cref="LegalDocumentConsts.MaxTitleLength"/> characters.</summary>
    [Required]
    [StringLength(LegalDocumentConsts.MaxTitleLength, MinimumLength = 1)]
    public string Title { get; init; } = null!;

    /// <summary>Applies to every member (then the id lists stay empty); default false.</summary>
    public bool AppliesToAll { get; init; }

    /// <summary>Class types (Bookings) whose sessions it applies to (at most <see cref="LegalDocumentConsts.MaxScopeIds"/>).</summary>
    [MaxLength(LegalDocumentConsts.MaxScopeIds)]
    public List<Guid> ClassTypeIds { get; init; } = [];

    /// <summary>Plans (Billing) whose purchase it applies to (at most <see cref="LegalDocumentConsts.MaxScopeIds"/>).</summary>
    [MaxLength(LegalDocumentConsts.MaxScopeIds)]
    public List<Guid> PlanIds { get; init; } = [];

    /// <summary>Locations (Bookings) whose sessions it applies to (at most <see cref="LegalDocumentConsts.MaxScopeIds"/>).</summary>
    [MaxLength(LegalDocumentConsts.MaxScopeIds)]
    public List<Guid> LocationIds { get; init; } = [];

    /// <summary>The operations it gates (each one flag: <c>Booking</c>, <c>Purchase</c>, <c>CheckIn</c>); empty = gates nothing.</summary>
    [MaxLength(3)]
    public List<LegalDocumentGates> Gates { get; init; } = [];
}
