namespace FitSaaS.Programs;

/// <summary>A multi-week program template.</summary>
public sealed class ProgramTemplateDto
{
    /// <summary>The template id.</summary>
    public Guid Id { get; init; }

    /// <summary>The name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The description; null when none.</summary>
    public string? Description { get; init; }

    /// <summary>Length in weeks.</summary>
    public int Weeks { get; init; }

    /// <summary>The days, by offset.</summary>
    public IReadOnlyList<ProgramTemplateDayDto> Days { get; init; } = [];
}
