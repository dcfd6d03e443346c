using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Forms;

/// <summary>Input of <see cref="ILegalDocumentAppService.PublishVersionAsync"/>: the next version, immutable once published.</summary>
public sealed class PublishLegalDocumentVersionDto
{
    /// <summary>The text (markdown), at most <see cref="LegalDocumentConsts.MaxTextLength"/> characters.</summary>
    [Required]
    [StringLength(LegalDocumentConsts.MaxTextLength, MinimumLength = 1)]
    public string Text { get; init; } = null!;

    /// <summary>When it takes effect (UTC); default now; not in the past nor before the previous version's.</summary>
    public DateTime? EffectiveFrom { get; init; }

    /// <summary>Who must sign it: <c>AllMustResign</c> or <c>OnlyNewSigners</c>.</summary>
    [Required]
    [EnumDataType(typeof(LegalResignPolicy))]
    public LegalResignPolicy? Policy { get; init; }
}
