using FitSaaS.Forms;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Forms;

public sealed class FormTests
{
    private static readonly DateTime s_now = new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);

    private static readonly FormField[] s_fields =
    [
        new() { Key = "goal", Label = "Goal", Type = FormFieldType.SingleChoice, Required = true, Options = ["Strength", "Fitness"] },
        new() { Key = "notes", Label = "Notes", Type = FormFieldType.Text },
    ];

    [Fact]
    public void Publish_EditAndPublishAgain_NewVersionOldOneUnchanged()
    {
        var form = new Form(Guid.NewGuid(), Guid.NewGuid(), "Onboarding", null, FormPurpose.Onboarding, s_fields, true);

        var v1 = form.Publish(Guid.NewGuid(), s_now);
        form.Edit("Onboarding", "Tell us more.", FormPurpose.Onboarding,
            [s_fields[0] with { Options = ["Strength", "Fitness", "Fun"] }, new() { Key = "age", Label = "Age", Type = FormFieldType.Number, Min = 14 }], true);
        var v2 = form.Publish(Guid.NewGuid(), s_now.AddDays(1));

        (v1.Number, v2.Number).ShouldBe((1, 2));
        (form.LatestVersionNumber, form.LatestVersionId, form.HasUnpublishedChanges).ShouldBe((2, v2.Id, false));
        v1.Fields.Select(f => f.Key).ShouldBe(["goal", "notes"]);
        v1.Fields[0].Options.ShouldBe(["Strength", "Fitness"]);
        v1.Description.ShouldBeNull();
        v1.PublishedAt.ShouldBe(s_now);
        v2.Fields.Select(f => f.Key).ShouldBe(["goal", "age"]);
        v2.Fields[0].Options.ShouldBe(["Strength", "Fitness", "Fun"]);
        v2.Description.ShouldBe("Tell us more.");
        v2.FormId.ShouldBe(form.Id);
        v2.TenantId.ShouldBe(form.TenantId);
    }

    [Fact]
    public void FormVersion_HasNoPublicWayToChange()
    {
        typeof(FormVersion).GetProperties().Where(p => p.SetMethod is { IsPublic: true } && p.DeclaringType == typeof(FormVersion)).ShouldBeEmpty();
        typeof(FormVersion).GetMethods().Where(m => m.DeclaringType == typeof(FormVersion) && !m.IsSpecialName).ShouldBeEmpty();
        typeof(FormField).GetProperties().ShouldAllBe(p => p.SetMethod == null || p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)));
    }

    [Fact]
    public void Publish_UnchangedDraft_NothingToPublish_ButAnIssueFlagChangeNeedsNoVersion()
    {
        var form = new Form(Guid.NewGuid(), null, "Check-in", null, FormPurpose.CheckIn, s_fields, false);
        form.Publish(Guid.NewGuid(), s_now);

        form.Edit("Check-in", null, FormPurpose.CheckIn, s_fields.Select(f => f with { }).ToList(), true);

        form.HasUnpublishedChanges.ShouldBeFalse();
        form.IssueOnMembershipActivation.ShouldBeTrue();
        Should.Throw<BusinessException>(() => form.Publish(Guid.NewGuid(), s_now)).Code.ShouldBe(FormsErrorCodes.NothingToPublish);
    }

    [Fact]
    public void Publish_NoFields_Refused()
    {
        var form = new Form(Guid.NewGuid(), null, "Empty", null, FormPurpose.General, [], false);

        Should.Throw<BusinessException>(() => form.Publish(Guid.NewGuid(), s_now)).Code.ShouldBe(FormsErrorCodes.FormHasNoFields);
    }

    [Theory]
    [InlineData("fields[1].key", "duplicate key")]
    [InlineData("fields[0].key", "bad key")]
    [InlineData("fields[0].label", "empty label")]
    [InlineData("fields[0].options", "choice without options")]
    [InlineData("fields[0].options", "options on a text field")]
    [InlineData("fields[0].options", "repeated options")]
    [InlineData("fields[0].max", "min above max")]
    [InlineData("fields[0].min", "range on a text field")]
    [InlineData("fields[0].decimals", "too many decimals")]
    [InlineData("fields[0].maxDate", "dates reversed")]
    [InlineData("fields[0].maxSelected", "more to select than options")]
    [InlineData("fields[0].maxLength", "max length on a number field")]
    public void Edit_InvalidField_FieldErrorNamesIt(string errorKey, string problem)
    {
        FormField[] fields = problem switch
        {
            "duplicate key" => [s_fields[1], s_fields[1] with { Label = "Again" }],
            "bad key" => [s_fields[1] with { Key = "1st notes" }],
            "empty label" => [s_fields[1] with { Label = " " }],
            "choice without options" => [s_fields[0] with { Options = [] }],
            "options on a text field" => [s_fields[1] with { Options = ["a"] }],
            "repeated options" => [s_fields[0] with { Options = ["a", "A"] }],
            "min above max" => [new() { Key = "n", Label = "N", Type = FormFieldType.Number, Min = 5, Max = 4 }],
            "range on a text field" => [s_fields[1] with { Min = 1 }],
            "too many decimals" => [new() { Key = "n", Label = "N", Type = FormFieldType.Number, Decimals = 7 }],
            "dates reversed" => [new() { Key = "d", Label = "D", Type = FormFieldType.Date, MinDate = new DateOnly(2026, 2, 1), MaxDate = new DateOnly(2026, 1, 1) }],
            "more to select than options" => [new() { Key = "m", Label = "M", Type = FormFieldType.MultipleChoice, Options = ["a", "b"], MaxSelected = 3 }],
            "max length on a number field" => [new() { Key = "n", Label = "N", Type = FormFieldType.Number, MaxLength = 3 }],
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };
        var form = new Form(Guid.NewGuid(), null, "Form", null, FormPurpose.General, s_fields, false);

        var error = Should.Throw<FitSaaSValidationException>(() => form.Edit("Form", null, FormPurpose.General, fields, false));

        error.Errors.Keys.ShouldContain(errorKey);
        form.Fields.SequenceEqual(s_fields, FormFieldComparer.Instance).ShouldBeTrue();
    }

    [Fact]
    public void Submission_ReviewedOnce()
    {
        var form = new Form(Guid.NewGuid(), null, "Form", null, FormPurpose.General, s_fields, false);
        var version = form.Publish(Guid.NewGuid(), s_now);
        var submission = new FormSubmission(Guid.NewGuid(), null, version, Guid.NewGuid(), Guid.NewGuid(), [new FormAnswer { Key = "goal", Choices = ["Fitness"] }], s_now);
        var reviewer = Guid.NewGuid();

        submission.Reject(reviewer, " Sign it, please. ", s_now.AddHours(1));

        (submission.Status, submission.ReviewedByUserId, submission.ReviewNote).ShouldBe((FormSubmissionStatus.Rejected, reviewer, "Sign it, please."));
        (submission.FormVersionId, submission.VersionNumber, submission.FormId).ShouldBe((version.Id, 1, form.Id));
        Should.Throw<BusinessException>(() => submission.Approve(reviewer, null, s_now)).Code.ShouldBe(FormsErrorCodes.SubmissionAlreadyReviewed);
    }
}
