namespace FitSaaS.Forms;

/// <summary>
/// The type of a form field, which fixes the answer's value: <see cref="Text"/> and <see cref="Signature"/> take <c>text</c>,
/// <see cref="Number"/> takes <c>number</c>, <see cref="Date"/> takes <c>date</c> (an ISO local date), <see cref="SingleChoice"/>
/// takes <c>choices</c> with exactly one option, <see cref="MultipleChoice"/> takes <c>choices</c> with distinct options,
/// <see cref="YesNo"/> and <see cref="ConsentCheckbox"/> take <c>flag</c>.
/// </summary>
public enum FormFieldType
{
    /// <summary>Free text, at most the field's maximum length (default <see cref="FormConsts.MaxTextAnswerLength"/> characters).</summary>
    Text,

    /// <summary>A decimal number within the field's minimum, maximum and number of decimals.</summary>
    Number,

    /// <summary>A local date within the field's earliest and latest date.</summary>
    Date,

    /// <summary>One of the field's options.</summary>
    SingleChoice,

    /// <summary>Several distinct options, between the field's minimum and maximum count.</summary>
    MultipleChoice,

    /// <summary>Yes (true) or no (false).</summary>
    YesNo,

    /// <summary>A checkbox; when the field is required it must be ticked (true).</summary>
    ConsentCheckbox,

    /// <summary>The signer's typed name (or a drawn signature as a data URI), at most <see cref="FormConsts.MaxSignatureLength"/> characters.</summary>
    Signature,
}
