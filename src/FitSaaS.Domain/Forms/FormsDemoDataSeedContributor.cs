using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;

namespace FitSaaS.Forms;

/// <summary>
/// Demo data of the forms engine for a tenant (only with <see cref="DataSeedContext.IncludeDemoData"/>): the published forms
/// <see cref="OnboardingFormName"/> (issued when a membership becomes active) and <see cref="HealthFormName"/> (a health
/// questionnaire, version 2 after an edit); for the first demo members (<see cref="IdentityConsts.DemoMemberIdsSeedProperty"/>)
/// onboarding submissions (one approved by a demo staff user), a health questionnaire submission, and a pending health questionnaire issued to
/// the next member. Deterministic; idempotent: nothing is done when the tenant already has forms.
/// </summary>
public sealed class FormsDemoDataSeedContributor(
    IFormRepository forms,
    FormManager formManager,
    IIdentityUserReadRepository users,
    IUnitOfWorkManager unitOfWorkManager,
    TimeProvider timeProvider) : IDataSeedContributor, ITransientDependency
{
    /// <summary>The onboarding form's name.</summary>
    public const string OnboardingFormName = "Welcome to the gym";

    /// <summary>The health questionnaire's name.</summary>
    public const string HealthFormName = "Health questionnaire";

    /// <summary>How many demo members submit the onboarding form.</summary>
    public const int OnboardingSubmissions = 3;

    /// <inheritdoc/>
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IncludeDemoData || context.TenantId is null || (await forms.GetPagedListAsync(null, 0, 1, cancellationToken)).TotalCount > 0)
        {
            return;
        }

        var members = context.Properties.TryGetValue(IdentityConsts.DemoMemberIdsSeedProperty, out var value) && value is IReadOnlyList<Guid> ids ? ids : [];
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);

        var onboarding = formManager.Create(OnboardingFormName, "A few questions so your coaches know you.", FormPurpose.Onboarding,
        [
            new FormField { Key = "goal", Label = "What is your main goal?", Type = FormFieldType.SingleChoice, Required = true, Options = ["Get stronger", "Lose weight", "Compete", "Have fun"] },
            new FormField { Key = "experience_years", Label = "Years of training", Type = FormFieldType.Number, Required = true, Min = 0, Max = 60, Decimals = 0 },
            new FormField { Key = "heard_from", Label = "How did you hear about us?", Type = FormFieldType.MultipleChoice, Options = ["Friend", "Instagram", "Google", "Walked by"], MaxSelected = 2 },
            new FormField { Key = "notes", Label = "Anything else we should know?", Type = FormFieldType.Text, MaxLength = 500 },
            new FormField { Key = "house_rules", Label = "I have read the house rules", Type = FormFieldType.ConsentCheckbox, Required = true },
        ], issueOnMembershipActivation: true);
        var health = formManager.Create(HealthFormName, "Tell us about your health before training (PAR-Q).", FormPurpose.HealthQuestionnaire,
        [
            new FormField { Key = "heart_condition", Label = "Has a doctor ever said you have a heart condition?", Type = FormFieldType.YesNo, Required = true },
            new FormField { Key = "chest_pain", Label = "Do you feel pain in your chest during physical activity?", Type = FormFieldType.YesNo, Required = true },
            new FormField { Key = "last_checkup", Label = "Date of your last medical check-up", Type = FormFieldType.Date, MaxDate = today },
            new FormField { Key = "signature", Label = "Signature", HelpText = "Type your full name.", Type = FormFieldType.Signature, Required = true },
        ], issueOnMembershipActivation: false);
        await forms.InsertAsync(onboarding, cancellationToken: cancellationToken);
        await forms.InsertAsync(health, cancellationToken: cancellationToken);
        var onboardingV1 = await formManager.PublishAsync(onboarding, now.AddDays(-30), cancellationToken);
        await formManager.PublishAsync(health, now.AddDays(-30), cancellationToken);
        await SaveAsync(cancellationToken);

        // The health questionnaire gains a question: version 2.
        health.Edit(health.Name, health.Description, health.Purpose,
            [.. health.Fields, new FormField { Key = "medication", Label = "Are you taking any medication we should know about?", Type = FormFieldType.Text, MaxLength = 500 }],
            health.IssueOnMembershipActivation);
        var healthV2 = await formManager.PublishAsync(health, now.AddDays(-10), cancellationToken);
        await SaveAsync(cancellationToken);

        var staff = (await users.GetPagedListAsync(null, IdentityConsts.StaffRole, null, false, 0, 1, cancellationToken)).Items;
        string[] goals = ["Get stronger", "Lose weight", "Have fun"];
        for (var i = 0; i < Math.Min(OnboardingSubmissions, members.Count); i++)
        {
            var submission = await formManager.SubmitAsync(onboardingV1, members[i], members[i],
            [
                new FormAnswer { Key = "goal", Choices = [goals[i]] },
                new FormAnswer { Key = "experience_years", Number = i * 2 },
                new FormAnswer { Key = "heard_from", Choices = ["Friend"] },
                new FormAnswer { Key = "house_rules", Flag = true },
            ], now.AddDays(-20 + i), cancellationToken);
            if (i == 0 && staff.Count == 1)
            {
                submission.Approve(staff[0].Id, "Welcome!", now.AddDays(-19));
            }
        }

        if (members.Count > 0)
        {
            await formManager.SubmitAsync(healthV2, members[0], members[0],
            [
                new FormAnswer { Key = "heart_condition", Flag = false },
                new FormAnswer { Key = "chest_pain", Flag = false },
                new FormAnswer { Key = "last_checkup", Date = today.AddMonths(-6) },
                new FormAnswer { Key = "signature", Text = "Demo Member" },
            ], now.AddDays(-5), cancellationToken);
        }

        if (members.Count > OnboardingSubmissions)
        {
            await formManager.IssueAsync(health, members[OnboardingSubmissions], IssuedFormSource.Manual, null, null, today.AddDays(7), now.AddDays(-1), cancellationToken);
        }

        await SaveAsync(cancellationToken);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (unitOfWorkManager.Current is { } unitOfWork)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }
}
