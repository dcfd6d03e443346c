using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Forms;

/// <summary>Input of approving or rejecting a submission.</summary>
public sealed class ReviewFormSubmissionDto
{
    /// <summary>A note for the member and staff, at most <see cref="FormConsts.MaxReviewNoteLength"/> characters.</summary>
    [StringLength(FormConsts.MaxReviewNoteLength)]
    public string? Note { get; init; }
}
