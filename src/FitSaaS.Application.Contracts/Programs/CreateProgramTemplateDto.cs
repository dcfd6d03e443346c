namespace FitSaaS.Programs;

/// <summary>Input of <see cref="IProgramTemplateAppService.CreateAsync"/>.</summary>
public sealed class CreateProgramTemplateDto : ProgramTemplateCreateOrUpdateDtoBase;
