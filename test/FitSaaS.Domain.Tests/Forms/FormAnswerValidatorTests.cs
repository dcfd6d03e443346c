using FitSaaS.Forms;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Forms;

public sealed class FormAnswerValidatorTests
{
    private static readonly FormField[] s_fields =
    [
        new() { Key = "name", Label = "Name", Type = FormFieldType.Text, Required = true, MaxLength = 10 },
        new() { Key = "weight", Label = "Weight (kg)", Type = FormFieldType.Number, Min = 30, Max = 250, Decimals = 1 },
        new() { Key = "birth", Label = "Date of birth", Type = FormFieldType.Date, MinDate = new DateOnly(1900, 1, 1), MaxDate = new DateOnly(2026, 12, 7) },
        new() { Key = "level", Label = "Level", Type = FormFieldType.SingleChoice, Options = ["Beginner", "Advanced"] },
        new() { Key = "days", Label = "Training days", Type = FormFieldType.MultipleChoice, Options = ["Mon", "Wed", "Fri", "Sun"], MinSelected = 1, MaxSelected = 2 },
        new() { Key = "injury", Label = "Any injury?", Type = FormFieldType.YesNo, Required = true },
        new() { Key = "consent", Label = "I agree", Type = FormFieldType.ConsentCheckbox, Required = true },
        new() { Key = "sign", Label = "Signature", Type = FormFieldType.Signature },
    ];

    private static readonly FormAnswer[] s_valid =
    [
        new() { Key = "consent", Flag = true },
        new() { Key = "name", Text = "  Ann  " },
        new() { Key = "weight", Number = 72.5m },
        new() { Key = "birth", Date = new DateOnly(1990, 5, 1) },
        new() { Key = "level", Choices = ["Beginner"] },
        new() { Key = "days", Choices = ["Mon", "Fri"] },
        new() { Key = "injury", Flag = false },
        new() { Key = "sign", Text = "Ann Smith" },
    ];

    [Fact]
    public void Validate_EveryTypeValid_NormalisesInTheFieldsOrder()
    {
        var answers = FormAnswerValidator.Validate(s_fields, s_valid);

        answers.Select(a => a.Key).ShouldBe(["name", "weight", "birth", "level", "days", "injury", "consent", "sign"]);
        answers[0].Text.ShouldBe("Ann");
        answers[1].Number.ShouldBe(72.5m);
        answers[4].Choices.ShouldBe(["Mon", "Fri"]);
        answers[5].Flag.ShouldBe(false);
    }

    [Fact]
    public void Validate_OptionalFieldsLeftOut_Accepted()
    {
        var answers = FormAnswerValidator.Validate(s_fields,
            [new() { Key = "name", Text = "Bo" }, new() { Key = "injury", Flag = true }, new() { Key = "consent", Flag = true }, new() { Key = "days", Choices = ["Sun"] }]);

        answers.Count.ShouldBe(4);
    }

    [Theory]
    [InlineData("name", "text too long")]
    [InlineData("name", "number instead of text")]
    [InlineData("weight", "below min")]
    [InlineData("weight", "above max")]
    [InlineData("weight", "too many decimals")]
    [InlineData("weight", "text instead of number")]
    [InlineData("birth", "before min date")]
    [InlineData("birth", "after max date")]
    [InlineData("birth", "flag instead of date")]
    [InlineData("level", "not an option")]
    [InlineData("level", "two options")]
    [InlineData("days", "too many selected")]
    [InlineData("days", "repeated option")]
    [InlineData("days", "unknown option")]
    [InlineData("injury", "missing required")]
    [InlineData("injury", "text instead of flag")]
    [InlineData("consent", "not ticked")]
    [InlineData("sign", "two values")]
    public void Validate_OneWrongAnswer_FieldErrorOnThatKeyOnly(string key, string wrong)
    {
        FormAnswer? replacement = wrong switch
        {
            "text too long" => new() { Key = key, Text = "Anna-Maria Louise" },
            "number instead of text" => new() { Key = key, Number = 3 },
            "below min" => new() { Key = key, Number = 29.9m },
            "above max" => new() { Key = key, Number = 250.1m },
            "too many decimals" => new() { Key = key, Number = 70.25m },
            "text instead of number" => new() { Key = key, Text = "seventy" },
            "before min date" => new() { Key = key, Date = new DateOnly(1899, 12, 31) },
            "after max date" => new() { Key = key, Date = new DateOnly(2026, 12, 8) },
            "flag instead of date" => new() { Key = key, Flag = true },
            "not an option" => new() { Key = key, Choices = ["Expert"] },
            "two options" => new() { Key = key, Choices = ["Beginner", "Advanced"] },
            "too many selected" => new() { Key = key, Choices = ["Mon", "Wed", "Fri"] },
            "repeated option" => new() { Key = key, Choices = ["Mon", "Mon"] },
            "unknown option" => new() { Key = key, Choices = ["Tue"] },
            "missing required" => null,
            "text instead of flag" => new() { Key = key, Text = "no" },
            "not ticked" => new() { Key = key, Flag = false },
            "two values" => new() { Key = key, Text = "Ann", Flag = true },
            _ => throw new ArgumentOutOfRangeException(nameof(wrong)),
        };
        var answers = s_valid.Where(a => a.Key != key).ToList();
        if (replacement is not null)
        {
            answers.Add(replacement);
        }

        var error = Should.Throw<FitSaaSValidationException>(() => FormAnswerValidator.Validate(s_fields, answers));

        error.Errors.Keys.ShouldBe([$"answers.{key}"]);
    }

    [Fact]
    public void Validate_UnknownAndRepeatedKeys_Refused()
    {
        var error = Should.Throw<FitSaaSValidationException>(() => FormAnswerValidator.Validate(s_fields,
            [.. s_valid, new() { Key = "shoe_size", Number = 42 }, new() { Key = "name", Text = "Again" }]));

        error.Errors.Keys.ShouldBe(["answers.shoe_size", "answers.name"], ignoreOrder: true);
    }

    [Fact]
    public void Validate_RequiredMultipleChoiceWithoutMinimum_NeedsOne()
    {
        FormField[] fields = [new() { Key = "pick", Label = "Pick", Type = FormFieldType.MultipleChoice, Required = true, Options = ["a", "b"] }];

        Should.Throw<FitSaaSValidationException>(() => FormAnswerValidator.Validate(fields, [new() { Key = "pick", Choices = [] }]))
            .Errors.Keys.ShouldBe(["answers.pick"]);
        FormAnswerValidator.Validate(fields, [new() { Key = "pick", Choices = ["b"] }]).ShouldHaveSingleItem().Choices.ShouldBe(["b"]);
    }

    [Fact]
    public void Validate_OptionalConsentLeftUnticked_Accepted()
    {
        FormField[] fields = [new() { Key = "news", Label = "Newsletter", Type = FormFieldType.ConsentCheckbox }];

        FormAnswerValidator.Validate(fields, [new() { Key = "news", Flag = false }]).ShouldHaveSingleItem().Flag.ShouldBe(false);
    }

    [Fact]
    public void Validate_WholeNumberField_RefusesAFraction()
    {
        FormField[] fields = [new() { Key = "years", Label = "Years", Type = FormFieldType.Number, Decimals = 0 }];

        Should.Throw<FitSaaSValidationException>(() => FormAnswerValidator.Validate(fields, [new() { Key = "years", Number = 1.5m }]))
            .Errors["answers.years"].ShouldHaveSingleItem().ShouldContain("whole");
        FormAnswerValidator.Validate(fields, [new() { Key = "years", Number = 3.0m }]).ShouldHaveSingleItem().Number.ShouldBe(3m);
    }
}
