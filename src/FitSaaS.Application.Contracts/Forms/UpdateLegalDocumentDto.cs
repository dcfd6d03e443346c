namespace FitSaaS.Forms;

/// <summary>Input of <see cref="ILegalDocumentAppService.UpdateAsync"/>: the new title, scope and gates (the kind stays).</summary>
public sealed class UpdateLegalDocumentDto : LegalDocumentCreateOrUpdateDtoBase;
