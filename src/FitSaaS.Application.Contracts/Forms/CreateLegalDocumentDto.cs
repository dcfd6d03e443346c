using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Forms;

/// <summary>Input of <see cref="ILegalDocumentAppService.CreateAsync"/>: a document without versions yet.</summary>
public sealed class CreateLegalDocumentDto : LegalDocumentCreateOrUpdateDtoBase
{
    /// <summary>What the document is.</summary>
    [Required]
    [EnumDataType(typeof(LegalDocumentKind))]
    public LegalDocumentKind? Kind { get; init; }
}
