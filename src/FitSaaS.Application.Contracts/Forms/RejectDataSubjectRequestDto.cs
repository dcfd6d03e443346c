using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Forms;

/// <summary>The rejection of a data subject request.</summary>
public sealed class RejectDataSubjectRequestDto
{
    /// <summary>Why (required, at most <see cref="DataSubjectRequestConsts.MaxNoteLength"/> characters), e.g. the identity could not be verified.</summary>
    [Required]
    [StringLength(DataSubjectRequestConsts.MaxNoteLength, MinimumLength = 1)]
    public string? Reason { get; init; }
}
