using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Programs;

/// <summary>A multi-week plan of workouts by day offset, applied to a track from a start date (<see cref="ProgramTemplateApplier"/>).</summary>
public sealed class ProgramTemplate : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private ProgramTemplate()
    {
        Name = null!;
    }

    /// <summary>Creates a template; the application checks the workouts are visible.</summary>
    public ProgramTemplate(Guid id, Guid tenantId, string name, string? description, int weeks, IReadOnlyCollection<ProgramTemplateDay> days)
        : base(id)
    {
        TenantId = tenantId;
        Name = null!;
        Change(name, description, weeks, days);
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The name, trimmed.</summary>
    public string Name { get; private set; }

    /// <summary>The description; null when none.</summary>
    public string? Description { get; private set; }

    /// <summary>Length in weeks (1 to <see cref="ProgrammingConsts.MaxTemplateWeeks"/>).</summary>
    public int Weeks { get; private set; }

    /// <summary>The days, by offset; one workout per offset.</summary>
    public IReadOnlyList<ProgramTemplateDay> Days { get; private set; } = [];

    /// <summary>Replaces everything.</summary>
    /// <exception cref="ArgumentException">A blank or long name, weeks out of range, a day offset outside the weeks or repeated.</exception>
    public void Change(string name, string? description, int weeks, IReadOnlyCollection<ProgramTemplateDay> days)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(days);
        var trimmed = name.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(trimmed.Length, ProgrammingConsts.MaxTitleLength, nameof(name));
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weeks, ProgrammingConsts.MaxTemplateWeeks);
        if (days.Any(d => d is null || d.DayOffset < 0 || d.DayOffset >= weeks * 7))
        {
            throw new ArgumentException("Every day offset is within the template's weeks.", nameof(days));
        }

        if (days.Select(d => d.DayOffset).Distinct().Count() != days.Count)
        {
            throw new ArgumentException("A template has one workout per day offset.", nameof(days));
        }

        var trimmedDescription = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(trimmedDescription?.Length ?? 0, ProgrammingConsts.MaxDescriptionLength, nameof(description));
        Name = trimmed;
        Description = trimmedDescription;
        Weeks = weeks;
        Days = days.OrderBy(d => d.DayOffset).ToArray();
    }
}
