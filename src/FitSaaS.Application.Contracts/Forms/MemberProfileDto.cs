namespace FitSaaS.Forms;

/// <summary>A member's profile in Forms: date of birth, age today and guardian links.</summary>
public sealed class MemberProfileDto
{
    /// <summary>The member (user id).</summary>
    public Guid MemberId { get; init; }

    /// <summary>The date of birth; null when unknown (the member counts as an adult).</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Age in whole years on today's local date in the gym's zone; null when the date of birth is unknown.</summary>
    public int? Age { get; init; }

    /// <summary>Younger than the gym's age of majority: a guardian signs for them.</summary>
    public bool IsMinor { get; init; }

    /// <summary>Links where the member is the dependant.</summary>
    public required IReadOnlyList<GuardianLinkDto> Guardians { get; init; }

    /// <summary>Links where the member is the guardian.</summary>
    public required IReadOnlyList<GuardianLinkDto> Dependants { get; init; }
}
