using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Forms;

/// <summary>Input of <see cref="IGuardianLinkAppService.CreateAsync"/>.</summary>
public sealed class CreateGuardianLinkDto
{
    /// <summary>The guardian: an adult member of the gym (with a known date of birth).</summary>
    [Required]
    public Guid? GuardianId { get; init; }

    /// <summary>The dependant: a member of the gym.</summary>
    [Required]
    public Guid? DependantId { get; init; }
}
