using FitSaaS.Application.Tests.FeatureManagement;
using FitSaaS.Forms;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Testing;
using static FitSaaS.Application.Tests.Forms.FormsEngineScenario;

namespace FitSaaS.Application.Tests.Forms;

public abstract class FormsEngineAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : FormsEngineAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : FormsEngineAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly FormsEngineScenario _scenario = new(fixture);

    [Fact]
    public async Task Publish_EditThenPublishAgain_TwoVersions_TheFirstUnchanged_AndStillAnswerable()
    {
        var gym = await _scenario.NewGymAsync();
        var (form, v1) = await _scenario.PublishedFormAsync(gym);

        var edited = await _scenario.AsCoachAsync<IFormAppService, FormDto>(gym, s => s.UpdateAsync(form.Id, new UpdateFormDto
        {
            Name = "Health v2", Purpose = FormPurpose.HealthQuestionnaire, Fields = [.. HealthFields.Take(2), new FormFieldDto { Key = "meds", Label = "Medication", Type = FormFieldType.Text }],
        }));
        var v2 = await _scenario.AsCoachAsync<IFormAppService, FormVersionDto>(gym, s => s.PublishAsync(form.Id));
        var again = await Should.ThrowAsync<BusinessException>(() => _scenario.AsCoachAsync<IFormAppService, FormVersionDto>(gym, s => s.PublishAsync(form.Id)));

        edited.HasUnpublishedChanges.ShouldBeTrue();
        (v1.Number, v2.Number).ShouldBe((1, 2));
        again.Code.ShouldBe(FormsErrorCodes.NothingToPublish);
        var versions = await _scenario.AsCoachAsync<IFormAppService, IReadOnlyList<FormVersionDto>>(gym, s => s.GetVersionsAsync(form.Id));
        versions.Select(v => v.Number).ShouldBe([2, 1]);
        var first = await _scenario.AsMemberAsync<IFormAppService, FormVersionDto>(gym, gym.MemberA, s => s.GetVersionAsync(v1.Id));
        first.Name.ShouldBe("Health");
        first.Fields.Select(f => f.Key).ShouldBe(HealthFields.Select(f => f.Key));
        var current = await _scenario.AsCoachAsync<IFormAppService, FormDto>(gym, s => s.GetAsync(form.Id));
        (current.LatestVersionNumber, current.LatestVersionId, current.HasUnpublishedChanges).ShouldBe((2, v2.Id, false));

        var onOld = await _scenario.AsMemberAsync<IFormSubmissionAppService, FormSubmissionDto>(gym, gym.MemberA, s => s.CreateAsync(new CreateFormSubmissionDto
        {
            FormId = form.Id, FormVersionId = v1.Id, Answers = ValidHealthAnswers,
        }));
        onOld.VersionNumber.ShouldBe(1);
        onOld.FormName.ShouldBe("Health");
        onOld.Answers.Count.ShouldBe(ValidHealthAnswers.Length);
        var wrongForNew = await Should.ThrowAsync<FitSaaSValidationException>(() => _scenario.AsMemberAsync<IFormSubmissionAppService, FormSubmissionDto>(gym, gym.MemberA,
            s => s.CreateAsync(new CreateFormSubmissionDto { FormId = form.Id, FormVersionId = v2.Id, Answers = ValidHealthAnswers })));
        wrongForNew.Errors.Keys.ShouldContain("answers.sign");
    }

    [Fact]
    public async Task Submit_WrongAnswers_FieldErrors_UnknownOrForeignVersion_UnknownFormVersion()
    {
        var gym = await _scenario.NewGymAsync();
        var (form, v1) = await _scenario.PublishedFormAsync(gym);
        var (other, otherVersion) = await _scenario.PublishedFormAsync(gym, "Other");
        FormAnswerDto[] wrong =
        [
            .. ValidHealthAnswers.Where(a => a.Key is not ("weight" or "level" or "consent")),
            new() { Key = "weight", Text = "seventy" },
            new() { Key = "level", Choices = ["Expert"] },
            new() { Key = "shoe", Number = 42 },
        ];

        var invalid = await Should.ThrowAsync<FitSaaSValidationException>(() => _scenario.AsMemberAsync<IFormSubmissionAppService, FormSubmissionDto>(gym, gym.MemberA,
            s => s.CreateAsync(new CreateFormSubmissionDto { FormId = form.Id, FormVersionId = v1.Id, Answers = wrong })));
        var foreign = await Should.ThrowAsync<BusinessException>(() => _scenario.AsMemberAsync<IFormSubmissionAppService, FormSubmissionDto>(gym, gym.MemberA,
            s => s.CreateAsync(new CreateFormSubmissionDto { FormId = form.Id, FormVersionId = otherVersion.Id, Answers = ValidHealthAnswers })));
        var unknown = await Should.ThrowAsync<BusinessException>(() => _scenario.AsMemberAsync<IFormSubmissionAppService, FormSubmissionDto>(gym, gym.MemberA,
            s => s.CreateAsync(new CreateFormSubmissionDto { FormId = form.Id, FormVersionId = Guid.NewGuid(), Answers = ValidHealthAnswers })));

        invalid.Errors.Keys.ShouldBe(["answers.weight", "answers.level", "answers.consent", "answers.shoe"], ignoreOrder: true);
        foreign.Code.ShouldBe(FormsErrorCodes.UnknownFormVersion);
        unknown.Code.ShouldBe(FormsErrorCodes.UnknownFormVersion);
        other.Id.ShouldNotBe(form.Id);
        (await _scenario.AsCoachAsync<IFormSubmissionAppService, PagedResultDto<FormSubmissionDto>>(gym, s => s.GetListAsync(new GetFormSubmissionListInput()))).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task StaffSubmitsForAMember_ReviewsIt_MembersSeeOnlyTheirOwn()
    {
        var gym = await _scenario.NewGymAsync();
        var (form, v1) = await _scenario.PublishedFormAsync(gym);

        var forA = await _scenario.AsCoachAsync<IFormSubmissionAppService, FormSubmissionDto>(gym, s => s.CreateAsync(new CreateFormSubmissionDto
        {
            FormId = form.Id, FormVersionId = v1.Id, MemberId = gym.MemberA, Answers = ValidHealthAnswers,
        }));
        var byB = await _scenario.AsMemberAsync<IFormSubmissionAppService, FormSubmissionDto>(gym, gym.MemberB, s => s.CreateAsync(new CreateFormSubmissionDto
        {
            FormId = form.Id, FormVersionId = v1.Id, Answers = ValidHealthAnswers,
        }));
        var approved = await _scenario.AsCoachAsync<IFormSubmissionAppService, FormSubmissionDto>(gym, s => s.ApproveAsync(forA.Id, new ReviewFormSubmissionDto { Note = "All good." }));
        var rejected = await _scenario.AsCoachAsync<IFormSubmissionAppService, FormSubmissionDto>(gym, s => s.RejectAsync(byB.Id, new ReviewFormSubmissionDto { Note = "Sign with your full name." }));
        var twice = await Should.ThrowAsync<BusinessException>(() => _scenario.AsCoachAsync<IFormSubmissionAppService, FormSubmissionDto>(gym, s => s.ApproveAsync(byB.Id, new ReviewFormSubmissionDto())));

        (forA.MemberId, forA.SubmittedByUserId, forA.Status).ShouldBe((gym.MemberA, gym.Coach, FormSubmissionStatus.Submitted));
        (approved.Status, approved.ReviewedByUserId, approved.ReviewNote).ShouldBe((FormSubmissionStatus.Approved, gym.Coach, "All good."));
        approved.ReviewedAt.ShouldNotBeNull();
        rejected.Status.ShouldBe(FormSubmissionStatus.Rejected);
        twice.Code.ShouldBe(FormsErrorCodes.SubmissionAlreadyReviewed);

        var all = await _scenario.AsCoachAsync<IFormSubmissionAppService, PagedResultDto<FormSubmissionDto>>(gym, s => s.GetListAsync(new GetFormSubmissionListInput { FormId = form.Id }));
        var approvedOnly = await _scenario.AsCoachAsync<IFormSubmissionAppService, PagedResultDto<FormSubmissionDto>>(gym, s => s.GetListAsync(new GetFormSubmissionListInput { Status = FormSubmissionStatus.Approved }));
        var ofB = await _scenario.AsCoachAsync<IFormSubmissionAppService, PagedResultDto<FormSubmissionDto>>(gym, s => s.GetListAsync(new GetFormSubmissionListInput { MemberId = gym.MemberB }));
        var mine = await _scenario.AsMemberAsync<IFormSubmissionAppService, PagedResultDto<FormSubmissionDto>>(gym, gym.MemberA, s => s.GetListAsync(new GetFormSubmissionListInput()));
        all.TotalCount.ShouldBe(2);
        approvedOnly.Items.ShouldHaveSingleItem().Id.ShouldBe(forA.Id);
        ofB.Items.ShouldHaveSingleItem().Id.ShouldBe(byB.Id);
        mine.Items.ShouldHaveSingleItem().Id.ShouldBe(forA.Id);

        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsMemberAsync<IFormSubmissionAppService, FormSubmissionDto>(gym, gym.MemberB, s => s.GetAsync(forA.Id)));
        (await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IFormSubmissionAppService, PagedResultDto<FormSubmissionDto>>(gym, gym.MemberB,
            s => s.GetListAsync(new GetFormSubmissionListInput { MemberId = gym.MemberA })))).PermissionName.ShouldBe(FormsPermissions.Submissions.Review);
        (await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IFormSubmissionAppService, FormSubmissionDto>(gym, gym.MemberB,
            s => s.CreateAsync(new CreateFormSubmissionDto { FormId = form.Id, FormVersionId = v1.Id, MemberId = gym.MemberA, Answers = ValidHealthAnswers }))))
            .PermissionName.ShouldBe(FormsPermissions.Submissions.SubmitForMembers);
        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IFormSubmissionAppService, FormSubmissionDto>(gym, gym.MemberB,
            s => s.ApproveAsync(byB.Id, new ReviewFormSubmissionDto())));
        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IFormAppService, FormDto>(gym, gym.MemberA,
            s => s.CreateAsync(new CreateFormDto { Name = "Mine", Fields = HealthFields })));
        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IFormAppService, PagedResultDto<FormDto>>(gym, gym.MemberA, s => s.GetListAsync(new GetFormListInput())));
    }

    [Fact]
    public async Task IssueManually_MemberSeesItPending_SubmittingCompletesIt()
    {
        var gym = await _scenario.NewGymAsync();
        var (form, v1) = await _scenario.PublishedFormAsync(gym);
        var due = new DateOnly(2027, 1, 15);

        var issued = await _scenario.AsCoachAsync<IIssuedFormAppService, IssuedFormDto>(gym, s => s.CreateAsync(new IssueFormDto { FormId = form.Id, MemberId = gym.MemberA, DueDate = due }));
        var again = await _scenario.AsCoachAsync<IIssuedFormAppService, IssuedFormDto>(gym, s => s.CreateAsync(new IssueFormDto { FormId = form.Id, MemberId = gym.MemberA }));
        var pending = await _scenario.AsMemberAsync<IIssuedFormAppService, IReadOnlyList<IssuedFormDto>>(gym, gym.MemberA, s => s.GetPendingAsync());
        var pendingOfB = await _scenario.AsMemberAsync<IIssuedFormAppService, IReadOnlyList<IssuedFormDto>>(gym, gym.MemberB, s => s.GetPendingAsync());

        again.Id.ShouldBe(issued.Id);
        (issued.Source, issued.IssuedByUserId, issued.DueDate, issued.Status).ShouldBe((IssuedFormSource.Manual, gym.Coach, due, IssuedFormStatus.Pending));
        var item = pending.ShouldHaveSingleItem();
        (item.Id, item.FormVersionId, item.FormName).ShouldBe((issued.Id, v1.Id, "Health"));
        pendingOfB.ShouldBeEmpty();

        var submission = await _scenario.AsMemberAsync<IFormSubmissionAppService, FormSubmissionDto>(gym, gym.MemberA, s => s.CreateAsync(new CreateFormSubmissionDto
        {
            FormId = form.Id, FormVersionId = item.FormVersionId, Answers = ValidHealthAnswers,
        }));

        (await _scenario.AsMemberAsync<IIssuedFormAppService, IReadOnlyList<IssuedFormDto>>(gym, gym.MemberA, s => s.GetPendingAsync())).ShouldBeEmpty();
        var completed = await _scenario.AsMemberAsync<IIssuedFormAppService, IssuedFormDto>(gym, gym.MemberA, s => s.GetAsync(issued.Id));
        (completed.Status, completed.SubmissionId).ShouldBe((IssuedFormStatus.Completed, submission.Id));
        completed.CompletedAt.ShouldNotBeNull();
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsMemberAsync<IIssuedFormAppService, IssuedFormDto>(gym, gym.MemberB, s => s.GetAsync(issued.Id)));
        var reissued = await _scenario.AsCoachAsync<IIssuedFormAppService, IssuedFormDto>(gym, s => s.CreateAsync(new IssueFormDto { FormId = form.Id, MemberId = gym.MemberA }));
        reissued.Id.ShouldNotBe(issued.Id);
        (await _scenario.AsCoachAsync<IIssuedFormAppService, PagedResultDto<IssuedFormDto>>(gym, s => s.GetListAsync(new GetIssuedFormListInput { MemberId = gym.MemberA }))).TotalCount.ShouldBe(2);
    }

    [Fact]
    public async Task Issue_UnpublishedOrUnknownFormOrMember_Refused_MembersCannotIssue()
    {
        var gym = await _scenario.NewGymAsync();
        var draft = await _scenario.AsCoachAsync<IFormAppService, FormDto>(gym, s => s.CreateAsync(new CreateFormDto { Name = "Draft", Fields = HealthFields }));
        var (form, _) = await _scenario.PublishedFormAsync(gym);

        var unpublished = await Should.ThrowAsync<BusinessException>(() => _scenario.AsCoachAsync<IIssuedFormAppService, IssuedFormDto>(gym,
            s => s.CreateAsync(new IssueFormDto { FormId = draft.Id, MemberId = gym.MemberA })));
        var unknownForm = await Should.ThrowAsync<BusinessException>(() => _scenario.AsCoachAsync<IIssuedFormAppService, IssuedFormDto>(gym,
            s => s.CreateAsync(new IssueFormDto { FormId = Guid.NewGuid(), MemberId = gym.MemberA })));
        var unknownMember = await Should.ThrowAsync<BusinessException>(() => _scenario.AsCoachAsync<IIssuedFormAppService, IssuedFormDto>(gym,
            s => s.CreateAsync(new IssueFormDto { FormId = form.Id, MemberId = Guid.NewGuid() })));
        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IIssuedFormAppService, IssuedFormDto>(gym, gym.MemberA,
            s => s.CreateAsync(new IssueFormDto { FormId = form.Id, MemberId = gym.MemberB })));

        unpublished.Code.ShouldBe(FormsErrorCodes.FormNotPublished);
        unknownForm.Code.ShouldBe(FormsErrorCodes.UnknownForm);
        unknownMember.Code.ShouldBe(FormsErrorCodes.MemberNotFound);
    }

    [Fact]
    public async Task Forms_AnotherGym_SeesNothing_CannotAnswerTheirVersions()
    {
        var gym = await _scenario.NewGymAsync();
        var other = await _scenario.NewGymAsync();
        var (form, v1) = await _scenario.PublishedFormAsync(gym);
        var submission = await _scenario.AsMemberAsync<IFormSubmissionAppService, FormSubmissionDto>(gym, gym.MemberA, s => s.CreateAsync(new CreateFormSubmissionDto
        {
            FormId = form.Id, FormVersionId = v1.Id, Answers = ValidHealthAnswers,
        }));
        var issued = await _scenario.AsCoachAsync<IIssuedFormAppService, IssuedFormDto>(gym, s => s.CreateAsync(new IssueFormDto { FormId = form.Id, MemberId = gym.MemberB }));

        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsCoachAsync<IFormAppService, FormDto>(other, s => s.GetAsync(form.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsCoachAsync<IFormAppService, FormVersionDto>(other, s => s.GetVersionAsync(v1.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsCoachAsync<IFormAppService, FormVersionDto>(other, s => s.PublishAsync(form.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsCoachAsync<IFormSubmissionAppService, FormSubmissionDto>(other, s => s.GetAsync(submission.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsCoachAsync<IFormSubmissionAppService, FormSubmissionDto>(other, s => s.ApproveAsync(submission.Id, new ReviewFormSubmissionDto())));
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsCoachAsync<IIssuedFormAppService, IssuedFormDto>(other, s => s.GetAsync(issued.Id)));
        (await Should.ThrowAsync<BusinessException>(() => _scenario.AsMemberAsync<IFormSubmissionAppService, FormSubmissionDto>(other, other.MemberA,
            s => s.CreateAsync(new CreateFormSubmissionDto { FormId = form.Id, FormVersionId = v1.Id, Answers = ValidHealthAnswers })))).Code.ShouldBe(FormsErrorCodes.UnknownFormVersion);
        (await Should.ThrowAsync<BusinessException>(() => _scenario.AsCoachAsync<IIssuedFormAppService, IssuedFormDto>(other,
            s => s.CreateAsync(new IssueFormDto { FormId = form.Id, MemberId = other.MemberA })))).Code.ShouldBe(FormsErrorCodes.UnknownForm);
        (await _scenario.AsCoachAsync<IFormAppService, PagedResultDto<FormDto>>(other, s => s.GetListAsync(new GetFormListInput()))).TotalCount.ShouldBe(0);
        (await _scenario.AsCoachAsync<IFormSubmissionAppService, PagedResultDto<FormSubmissionDto>>(other, s => s.GetListAsync(new GetFormSubmissionListInput()))).TotalCount.ShouldBe(0);
        (await _scenario.AsCoachAsync<IIssuedFormAppService, PagedResultDto<IssuedFormDto>>(other, s => s.GetListAsync(new GetIssuedFormListInput()))).TotalCount.ShouldBe(0);
        (await _scenario.AsCoachAsync<IFormSubmissionAppService, PagedResultDto<FormSubmissionDto>>(gym, s => s.GetListAsync(new GetFormSubmissionListInput()))).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task FormsFeatureOff_EveryServiceRefuses_NotEnabled()
    {
        var gym = await _scenario.NewGymAsync();
        var free = await _scenario.NewGymAsync(editionName: "Free");
        var features = new FeatureScenario(fixture);
        var (form, v1) = await _scenario.PublishedFormAsync(gym);
        await features.SetOverridesAsync(gym.Tenant, (FormsFeatures.Enabled, "false"));

        var calls = new List<Func<Task>>
        {
            () => _scenario.AsCoachAsync<IFormAppService, PagedResultDto<FormDto>>(gym, s => s.GetListAsync(new GetFormListInput())),
            () => _scenario.AsMemberAsync<IFormAppService, FormVersionDto>(gym, gym.MemberA, s => s.GetVersionAsync(v1.Id)),
            () => _scenario.AsMemberAsync<IFormSubmissionAppService, FormSubmissionDto>(gym, gym.MemberA,
                s => s.CreateAsync(new CreateFormSubmissionDto { FormId = form.Id, FormVersionId = v1.Id, Answers = ValidHealthAnswers })),
            () => _scenario.AsMemberAsync<IIssuedFormAppService, IReadOnlyList<IssuedFormDto>>(gym, gym.MemberA, s => s.GetPendingAsync()),
            () => _scenario.AsCoachAsync<IFormAppService, PagedResultDto<FormDto>>(free, s => s.GetListAsync(new GetFormListInput())),
        };
        foreach (var call in calls)
        {
            (await Should.ThrowAsync<BusinessException>(call)).Code.ShouldBe(FeatureErrorCodes.NotEnabled);
        }

        await features.SetOverridesAsync(gym.Tenant, (FormsFeatures.Enabled, null));
        (await _scenario.AsCoachAsync<IFormAppService, PagedResultDto<FormDto>>(gym, s => s.GetListAsync(new GetFormListInput()))).TotalCount.ShouldBe(1);
    }
}
