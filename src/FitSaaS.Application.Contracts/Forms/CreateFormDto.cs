namespace FitSaaS.Forms;

/// <summary>Input of <see cref="IFormAppService.CreateAsync"/>.</summary>
public sealed class CreateFormDto : FormCreateOrUpdateDtoBase;
