using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Forms;

/// <summary>Input of <see cref="IConsentAppService.GrantAsync"/> and <see cref="IConsentAppService.WithdrawAsync"/>.</summary>
public sealed class ChangeConsentDto
{
    /// <summary>This member's (oneself, a dependant, or with <c>Consents.ManageForMembers</c> anyone); default oneself.</summary>
    public Guid? MemberId { get; init; }

    /// <summary>The purpose.</summary>
    [Required]
    [EnumDataType(typeof(ConsentPurpose))]
    public ConsentPurpose? Purpose { get; init; }

    /// <summary>A note (e.g. "on paper at the desk"), at most <see cref="LegalDocumentConsts.MaxNoteLength"/> characters.</summary>
    [StringLength(LegalDocumentConsts.MaxNoteLength)]
    public string? Note { get; init; }
}
