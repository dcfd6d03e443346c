using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Forms;

/// <summary>Input of <see cref="IIssuedFormAppService.CreateAsync"/>: issue a published form to a member.</summary>
public sealed class IssueFormDto
{
    /// <summary>The form (published at least once).</summary>
    [Required]
    public Guid? FormId { get; init; }

    /// <summary>The member (a user of the gym).</summary>
    [Required]
    public Guid? MemberId { get; init; }

    /// <summary>The local date (gym's zone) by which to fill it in; null when none.</summary>
    public DateOnly? DueDate { get; init; }
}
