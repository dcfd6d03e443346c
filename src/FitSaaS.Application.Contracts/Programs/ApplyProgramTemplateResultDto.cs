namespace FitSaaS.Programs;

/// <summary>The result of applying a template: one entry per template day, by offset.</summary>
public sealed class ApplyProgramTemplateResultDto
{
    /// <summary>The per-day results.</summary>
    public IReadOnlyList<ProgramTemplateDayResultDto> Days { get; init; } = [];
}
