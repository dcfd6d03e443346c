using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Forms;

/// <summary>
/// A typed field of a form (draft or published version). Set only the rules of its <see cref="Type"/>: <see cref="Options"/>
/// (and for multiple choice <see cref="MinSelected"/>, <see cref="MaxSelected"/>) for choices, <see cref="MaxLength"/> for text,
/// <see cref="Min"/>, <see cref="Max"/>, <see cref="Decimals"/> for numbers, <see cref="MinDate"/>, <see cref="MaxDate"/> for dates.
/// </summary>
public sealed class FormFieldDto
{
    /// <summary>The stable key answers use: 1 to 64 ASCII letters, digits, <c>_</c> or <c>-</c>, starting with a letter; unique in the form.</summary>
    [Required]
    [StringLength(FormConsts.MaxKeyLength)]
    public string Key { get; init; } = string.Empty;

    /// <summary>The question shown, 1 to <see cref="FormConsts.MaxLabelLength"/> characters.</summary>
    [Required]
    [StringLength(FormConsts.MaxLabelLength)]
    public string Label { get; init; } = string.Empty;

    /// <summary>Help shown under the question, at most <see cref="FormConsts.MaxHelpTextLength"/> characters; null when none.</summary>
    [StringLength(FormConsts.MaxHelpTextLength)]
    public string? HelpText { get; init; }

    /// <summary>The type, which fixes the answer's value (see <see cref="FormFieldType"/>).</summary>
    [EnumDataType(typeof(FormFieldType))]
    public FormFieldType Type { get; init; }

    /// <summary>An answer must be given (a consent checkbox must be ticked); default false.</summary>
    public bool Required { get; init; }

    /// <summary>The options of a choice field: 1 to <see cref="FormConsts.MaxOptions"/> distinct texts; empty for other types.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>A text field's maximum length in characters (1 to <see cref="FormConsts.MaxTextAnswerLength"/>); null = the most.</summary>
    public int? MaxLength { get; init; }

    /// <summary>A number field's smallest value (inclusive); null when unbounded.</summary>
    public decimal? Min { get; init; }

    /// <summary>A number field's largest value (inclusive); null when unbounded.</summary>
    public decimal? Max { get; init; }

    /// <summary>A number field's most decimals (0 to <see cref="FormConsts.MaxDecimals"/>; 0 = whole numbers); null when any.</summary>
    public int? Decimals { get; init; }

    /// <summary>A date field's earliest local date (inclusive); null when unbounded.</summary>
    public DateOnly? MinDate { get; init; }

    /// <summary>A date field's latest local date (inclusive); null when unbounded.</summary>
    public DateOnly? MaxDate { get; init; }

    /// <summary>A multiple choice field's fewest options to select; null = none (one when required).</summary>
    public int? MinSelected { get; init; }

    /// <summary>A multiple choice field's most options to select; null = all.</summary>
    public int? MaxSelected { get; init; }
}
