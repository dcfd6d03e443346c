namespace FitSaaS.Forms;

/// <summary>Input of <see cref="IFormAppService.UpdateAsync"/>: replaces the draft (published versions never change).</summary>
public sealed class UpdateFormDto : FormCreateOrUpdateDtoBase;
