namespace FitSaaS.Programs;

/// <summary>Input of <see cref="IProgramTemplateAppService.UpdateAsync"/> (every field is replaced).</summary>
public sealed class UpdateProgramTemplateDto : ProgramTemplateCreateOrUpdateDtoBase;
