namespace FitSaaS.Forms;

/// <summary>Limits of forms, their fields and answers.</summary>
public static class FormConsts
{
    /// <summary>A form's name, in characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>A form's description, in characters.</summary>
    public const int MaxDescriptionLength = 2000;

    /// <summary>Fields of one form.</summary>
    public const int MaxFields = 100;

    /// <summary>A field's key (letters, digits, <c>_</c> and <c>-</c>, starting with a letter), in characters.</summary>
    public const int MaxKeyLength = 64;

    /// <summary>A field's label, in characters.</summary>
    public const int MaxLabelLength = 500;

    /// <summary>A field's help text, in characters.</summary>
    public const int MaxHelpTextLength = 1000;

    /// <summary>Options of a choice field.</summary>
    public const int MaxOptions = 50;

    /// <summary>One option, in characters.</summary>
    public const int MaxOptionLength = 200;

    /// <summary>A text answer (and the largest maximum length a text field may set), in characters.</summary>
    public const int MaxTextAnswerLength = 4000;

    /// <summary>A signature answer (typed name or a drawn signature as a data URI), in characters.</summary>
    public const int MaxSignatureLength = 100_000;

    /// <summary>The most decimals a number field may allow.</summary>
    public const int MaxDecimals = 6;

    /// <summary>A review note, in characters.</summary>
    public const int MaxReviewNoteLength = 1000;

    /// <summary>The enum columns' width.</summary>
    public const int MaxEnumLength = 32;
}
