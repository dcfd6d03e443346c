namespace FitSaaS.Forms;

/// <summary>
/// The answer to one field, in the value its type takes (<see cref="FormFieldType"/>): <see cref="Text"/>, <see cref="Number"/>,
/// <see cref="Date"/>, <see cref="Choices"/> or <see cref="Flag"/>; the others are null. An immutable value stored with the
/// submission.
/// </summary>
public sealed record FormAnswer
{
    /// <summary>The field's key.</summary>
    public string Key { get; init; } = string.Empty;

    /// <summary>A text or signature answer.</summary>
    public string? Text { get; init; }

    /// <summary>A number answer.</summary>
    public decimal? Number { get; init; }

    /// <summary>A date answer (a local date).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The options chosen (single choice: one; multiple choice: distinct).</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>A yes/no or consent checkbox answer.</summary>
    public bool? Flag { get; init; }

    /// <summary>True when no value is given.</summary>
    public bool IsEmpty() => string.IsNullOrWhiteSpace(Text) && Number is null && Date is null && (Choices is null || Choices.Count == 0) && Flag is null;
}
