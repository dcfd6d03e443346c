using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Forms;

/// <summary>
/// Checks answers against a published version's fields: every key is a field of the version (once), each answer gives the
/// value its field's type takes and nothing else, required fields are answered, choices are options, and numbers, dates, text
/// lengths and selection counts are within the field's rules. Field errors are keyed <c>answers.{key}</c>.
/// </summary>
public static class FormAnswerValidator
{
    /// <summary>The answers, normalised (text trimmed, empty answers dropped) in the fields' order.</summary>
    /// <exception cref="FitSaaSValidationException">One or more answers are invalid (per-field errors).</exception>
    public static IReadOnlyList<FormAnswer> Validate(IReadOnlyList<FormField> fields, IReadOnlyList<FormAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(answers);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, FormAnswer>(StringComparer.Ordinal);
        var fieldKeys = fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            var key = answer?.Key?.Trim() ?? string.Empty;
            if (answer is null || !fieldKeys.Contains(key))
            {
                errors[$"answers.{key}"] = ["Not a field of this form version."];
            }
            else if (!byKey.TryAdd(key, answer))
            {
                errors[$"answers.{key}"] = ["The field is answered more than once."];
            }
        }

        var result = new List<FormAnswer>();
        foreach (var field in fields)
        {
            var answer = byKey.GetValueOrDefault(field.Key);
            if (answer is null || answer.IsEmpty())
            {
                if (field.Required)
                {
                    errors[$"answers.{field.Key}"] = ["An answer is required."];
                }

                continue;
            }

            var (normalized, error) = Check(field, answer);
            if (error is not null)
            {
                errors[$"answers.{field.Key}"] = [error];
            }
            else if (normalized is not null)
            {
                result.Add(normalized);
            }
        }

        if (errors.Count > 0)
        {
            throw new FitSaaSValidationException(errors);
        }

        return result;
    }

    private static (FormAnswer? Answer, string? Error) Check(FormField field, FormAnswer answer)
    {
        var given = new List<string>();
        if (answer.Text is not null)
        {
            given.Add("text");
        }

        if (answer.Number is not null)
        {
            given.Add("number");
        }

        if (answer.Date is not null)
        {
            given.Add("date");
        }

        if (answer.Choices is not null)
        {
            given.Add("choices");
        }

        if (answer.Flag is not null)
        {
            given.Add("flag");
        }

        var takes = field.Type switch
        {
            FormFieldType.Text or FormFieldType.Signature => "text",
            FormFieldType.Number => "number",
            FormFieldType.Date => "date",
            FormFieldType.SingleChoice or FormFieldType.MultipleChoice => "choices",
            _ => "flag",
        };
        if (given.Count != 1 || given[0] != takes)
        {
            return (null, $"A {field.Type} field takes its answer in '{takes}' only.");
        }

        var key = field.Key;
        switch (field.Type)
        {
            case FormFieldType.Text:
            case FormFieldType.Signature:
            {
                var text = answer.Text!.Trim();
                var max = field.Type == FormFieldType.Signature ? FormConsts.MaxSignatureLength : field.MaxLength ?? FormConsts.MaxTextAnswerLength;
                return text.Length > max
                    ? (null, $"At most {max} characters.")
                    : (new FormAnswer { Key = key, Text = text }, null);
            }

            case FormFieldType.Number:
            {
                var number = answer.Number!.Value;
                if (field.Min is { } min && number < min)
                {
                    return (null, $"At least {min}.");
                }

                if (field.Max is { } max && number > max)
                {
                    return (null, $"At most {max}.");
                }

                if (field.Decimals is { } decimals && decimal.Round(number, decimals) != number)
                {
                    return (null, decimals == 0 ? "A whole number." : $"At most {decimals} decimals.");
                }

                return (new FormAnswer { Key = key, Number = number }, null);
            }

            case FormFieldType.Date:
            {
                var date = answer.Date!.Value;
                if (field.MinDate is { } minDate && date < minDate)
                {
                    return (null, $"On or after {minDate:yyyy-MM-dd}.");
                }

                if (field.MaxDate is { } maxDate && date > maxDate)
                {
                    return (null, $"On or before {maxDate:yyyy-MM-dd}.");
                }

                return (new FormAnswer { Key = key, Date = date }, null);
            }

            case FormFieldType.SingleChoice:
            case FormFieldType.MultipleChoice:
            {
                var choices = answer.Choices!.Select(c => c?.Trim() ?? string.Empty).ToList();
                var unknown = choices.FirstOrDefault(c => !field.Options.Contains(c, StringComparer.Ordinal));
                if (unknown is not null)
                {
                    return (null, $"'{unknown}' is not an option.");
                }

                if (choices.Distinct(StringComparer.Ordinal).Count() != choices.Count)
                {
                    return (null, "An option is chosen once.");
                }

                if (field.Type == FormFieldType.SingleChoice)
                {
                    return choices.Count != 1 ? (null, "Choose exactly one option.") : (new FormAnswer { Key = key, Choices = choices }, null);
                }

                var fewest = field.MinSelected ?? (field.Required ? 1 : 0);
                var most = field.MaxSelected ?? field.Options.Count;
                if (choices.Count < fewest || choices.Count > most)
                {
                    return (null, $"Choose {fewest} to {most} options.");
                }

                // Empty selections of an optional field are no answer.
                return choices.Count == 0 ? (null, null) : (new FormAnswer { Key = key, Choices = choices }, null);
            }

            case FormFieldType.ConsentCheckbox when field.Required && answer.Flag == false:
                return (null, "The box must be ticked.");

            default:
                return (new FormAnswer { Key = key, Flag = answer.Flag }, null);
        }
    }
}
