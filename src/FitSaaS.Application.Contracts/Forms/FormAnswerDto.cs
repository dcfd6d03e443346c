using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Forms;

/// <summary>
/// The answer to one field, in the one value its type takes: <see cref="Text"/> (text, signature), <see cref="Number"/>,
/// <see cref="Date"/>, <see cref="Choices"/> (single choice: exactly one option; multiple choice: distinct options) or
/// <see cref="Flag"/> (yes/no, consent checkbox). Leave the others null.
/// </summary>
public sealed class FormAnswerDto
{
    /// <summary>The field's key.</summary>
    [Required]
    [StringLength(FormConsts.MaxKeyLength)]
    public string Key { get; init; } = string.Empty;

    /// <summary>A text or signature answer.</summary>
    public string? Text { get; init; }

    /// <summary>A number answer.</summary>
    public decimal? Number { get; init; }

    /// <summary>A date answer (a local date, <c>yyyy-MM-dd</c>).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The options chosen.</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>A yes/no or consent checkbox answer.</summary>
    public bool? Flag { get; init; }
}
