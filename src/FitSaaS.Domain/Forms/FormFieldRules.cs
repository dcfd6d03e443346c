using System.Globalization;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Forms;

/// <summary>
/// Checks a form's field definitions: keys (pattern, unique), labels and help texts (lengths), and that only the rules of each
/// field's type are set and consistent (options for choices, ranges in order). Field errors are keyed
/// <c>fields[i].member</c>.
/// </summary>
public static class FormFieldRules
{
    /// <summary>Normalises (trims) the fields and throws when one is invalid.</summary>
    /// <exception cref="FitSaaSValidationException">One or more fields are invalid (per-field errors).</exception>
    public static IReadOnlyList<FormField> Normalize(IReadOnlyList<FormField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(int index, string member, string message)
        {
            var key = $"fields[{index.ToString(CultureInfo.InvariantCulture)}].{member}";
            if (!errors.TryGetValue(key, out var list))
            {
                errors[key] = list = [];
            }

            list.Add(message);
        }

        if (fields.Count > FormConsts.MaxFields)
        {
            throw new FitSaaSValidationException("fields", $"A form has at most {FormConsts.MaxFields} fields.");
        }

        var result = new List<FormField>(fields.Count);
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i] ?? throw new FitSaaSValidationException($"fields[{i}]", "A field is required.");
            var key = field.Key?.Trim() ?? string.Empty;
            var label = field.Label?.Trim() ?? string.Empty;
            var help = string.IsNullOrWhiteSpace(field.HelpText) ? null : field.HelpText.Trim();
            if (!IsValidKey(key))
            {
                Add(i, "key", $"A key has 1 to {FormConsts.MaxKeyLength} letters, digits, '_' or '-', starting with a letter.");
            }
            else if (!keys.Add(key))
            {
                Add(i, "key", $"The key '{key}' is used by another field of the form.");
            }

            if (label.Length == 0 || label.Length > FormConsts.MaxLabelLength)
            {
                Add(i, "label", $"A label has 1 to {FormConsts.MaxLabelLength} characters.");
            }

            if (help?.Length > FormConsts.MaxHelpTextLength)
            {
                Add(i, "helpText", $"A help text has at most {FormConsts.MaxHelpTextLength} characters.");
            }

            if (!Enum.IsDefined(field.Type))
            {
                Add(i, "type", "Unknown field type.");
                continue;
            }

            var options = (field.Options ?? []).Select(o => o?.Trim() ?? string.Empty).ToList();
            var isChoice = field.Type is FormFieldType.SingleChoice or FormFieldType.MultipleChoice;
            if (isChoice)
            {
                if (options.Count < 1 || options.Count > FormConsts.MaxOptions)
                {
                    Add(i, "options", $"A choice field has 1 to {FormConsts.MaxOptions} options.");
                }

                if (options.Any(o => o.Length == 0 || o.Length > FormConsts.MaxOptionLength))
                {
                    Add(i, "options", $"An option has 1 to {FormConsts.MaxOptionLength} characters.");
                }

                if (options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
                {
                    Add(i, "options", "Options are distinct.");
                }
            }
            else if (options.Count > 0)
            {
                Add(i, "options", "Only choice fields have options.");
            }

            if (field.Type != FormFieldType.Text && field.MaxLength is not null)
            {
                Add(i, "maxLength", "Only text fields have a maximum length.");
            }
            else if (field.MaxLength is { } maxLength && (maxLength < 1 || maxLength > FormConsts.MaxTextAnswerLength))
            {
                Add(i, "maxLength", $"A maximum length is from 1 to {FormConsts.MaxTextAnswerLength}.");
            }

            if (field.Type != FormFieldType.Number && (field.Min is not null || field.Max is not null || field.Decimals is not null))
            {
                Add(i, "min", "Only number fields have a minimum, maximum or decimals.");
            }
            else
            {
                if (field.Min is { } min && field.Max is { } max && min > max)
                {
                    Add(i, "max", "The maximum is not below the minimum.");
                }

                if (field.Decimals is { } decimals && (decimals < 0 || decimals > FormConsts.MaxDecimals))
                {
                    Add(i, "decimals", $"Decimals are from 0 to {FormConsts.MaxDecimals}.");
                }
            }

            if (field.Type != FormFieldType.Date && (field.MinDate is not null || field.MaxDate is not null))
            {
                Add(i, "minDate", "Only date fields have an earliest or latest date.");
            }
            else if (field.MinDate is { } minDate && field.MaxDate is { } maxDate && minDate > maxDate)
            {
                Add(i, "maxDate", "The latest date is not before the earliest.");
            }

            if (field.Type != FormFieldType.MultipleChoice && (field.MinSelected is not null || field.MaxSelected is not null))
            {
                Add(i, "minSelected", "Only multiple choice fields have a selection count.");
            }
            else
            {
                if (field.MinSelected is { } minSelected && (minSelected < 0 || minSelected > options.Count))
                {
                    Add(i, "minSelected", "The fewest to select is from 0 to the number of options.");
                }

                if (field.MaxSelected is { } maxSelected && (maxSelected < 1 || maxSelected > options.Count || maxSelected < (field.MinSelected ?? 0)))
                {
                    Add(i, "maxSelected", "The most to select is from the fewest (at least 1) to the number of options.");
                }
            }

            result.Add(field with { Key = key, Label = label, HelpText = help, Options = isChoice ? options : [] });
        }

        if (errors.Count > 0)
        {
            throw new FitSaaSValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }

        return result;
    }

    /// <summary>True for a key of 1 to <see cref="FormConsts.MaxKeyLength"/> ASCII letters, digits, <c>_</c> or <c>-</c>, starting with a letter.</summary>
    public static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= FormConsts.MaxKeyLength } && char.IsAsciiLetter(key[0]) &&
        key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
