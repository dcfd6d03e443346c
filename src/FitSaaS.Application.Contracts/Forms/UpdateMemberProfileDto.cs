namespace FitSaaS.Forms;

/// <summary>Input of <see cref="IMemberProfileAppService.UpdateAsync"/>.</summary>
public sealed class UpdateMemberProfileDto
{
    /// <summary>The date of birth (not in the future, at most 130 years back); null clears it.</summary>
    public DateOnly? DateOfBirth { get; init; }
}
