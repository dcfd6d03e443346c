namespace FitSaaS.Forms;

/// <summary>
/// One typed field of a form's draft or of a published <see cref="FormVersion"/> (an immutable value). Only the rules of its
/// <see cref="Type"/> are set (<see cref="FormFieldRules"/> checks it): options and selection counts for choices, a maximum
/// length for text, a minimum, maximum and decimals for numbers, an earliest and latest local date for dates.
/// </summary>
public sealed record FormField
{
    /// <summary>The stable key answers use (letters, digits, <c>_</c>, <c>-</c>; starts with a letter), unique in the form.</summary>
    public string Key { get; init; } = string.Empty;

    /// <summary>The question shown.</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>Help shown under the question; null when none.</summary>
    public string? HelpText { get; init; }

    /// <summary>The type, which fixes the answer's value.</summary>
    public FormFieldType Type { get; init; }

    /// <summary>An answer must be given (a consent checkbox must be ticked).</summary>
    public bool Required { get; init; }

    /// <summary>The options of a single or multiple choice field (distinct, in display order); empty for other types.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>A text field's maximum length in characters; null = <see cref="FormConsts.MaxTextAnswerLength"/>.</summary>
    public int? MaxLength { get; init; }

    /// <summary>A number field's smallest value (inclusive); null when unbounded.</summary>
    public decimal? Min { get; init; }

    /// <summary>A number field's largest value (inclusive); null when unbounded.</summary>
    public decimal? Max { get; init; }

    /// <summary>A number field's most decimals (0 = whole numbers); null when any.</summary>
    public int? Decimals { get; init; }

    /// <summary>A date field's earliest local date (inclusive); null when unbounded.</summary>
    public DateOnly? MinDate { get; init; }

    /// <summary>A date field's latest local date (inclusive); null when unbounded.</summary>
    public DateOnly? MaxDate { get; init; }

    /// <summary>A multiple choice field's fewest options to select; null = none (or one when required).</summary>
    public int? MinSelected { get; init; }

    /// <summary>A multiple choice field's most options to select; null = all.</summary>
    public int? MaxSelected { get; init; }
}
