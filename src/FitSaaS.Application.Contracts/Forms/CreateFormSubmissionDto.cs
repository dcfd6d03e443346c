using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Forms;

/// <summary>Input of <see cref="IFormSubmissionAppService.CreateAsync"/>: answers to one exact published version of a form.</summary>
public sealed class CreateFormSubmissionDto
{
    /// <summary>The form.</summary>
    [Required]
    public Guid? FormId { get; init; }

    /// <summary>The exact published version shown (a version of <see cref="FormId"/>).</summary>
    [Required]
    public Guid? FormVersionId { get; init; }

    /// <summary>Submit for this member instead of oneself (needs <c>FitSaaS.Forms.Submissions.SubmitForMembers</c>).</summary>
    public Guid? MemberId { get; init; }

    /// <summary>The answers, one per answered field (unanswered optional fields may be left out).</summary>
    [Required]
    public IReadOnlyList<FormAnswerDto> Answers { get; init; } = [];
}
