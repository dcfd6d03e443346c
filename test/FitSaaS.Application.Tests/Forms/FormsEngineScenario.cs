using FitSaaS.Forms;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Forms;

/// <summary>A gym with two members and a coach, and calls to the forms engine's services as one of them.</summary>
public sealed class FormsEngineScenario(FitSaaSApplicationFixture fixture)
{
    public static readonly FormFieldDto[] HealthFields =
    [
        new() { Key = "heart", Label = "Heart condition?", Type = FormFieldType.YesNo, Required = true },
        new() { Key = "weight", Label = "Weight (kg)", Type = FormFieldType.Number, Min = 30, Max = 250, Decimals = 1 },
        new() { Key = "checkup", Label = "Last check-up", Type = FormFieldType.Date },
        new() { Key = "level", Label = "Level", Type = FormFieldType.SingleChoice, Required = true, Options = ["Beginner", "Advanced"] },
        new() { Key = "days", Label = "Days", Type = FormFieldType.MultipleChoice, Options = ["Mon", "Wed", "Fri"], MaxSelected = 2 },
        new() { Key = "notes", Label = "Notes", Type = FormFieldType.Text, MaxLength = 200 },
        new() { Key = "consent", Label = "My answers are true", Type = FormFieldType.ConsentCheckbox, Required = true },
        new() { Key = "sign", Label = "Signature", Type = FormFieldType.Signature, Required = true },
    ];

    public static readonly FormAnswerDto[] ValidHealthAnswers =
    [
        new() { Key = "heart", Flag = false },
        new() { Key = "weight", Number = 72.5m },
        new() { Key = "checkup", Date = new DateOnly(2026, 6, 1) },
        new() { Key = "level", Choices = ["Beginner"] },
        new() { Key = "days", Choices = ["Mon", "Fri"] },
        new() { Key = "notes", Text = "Bad knee." },
        new() { Key = "consent", Flag = true },
        new() { Key = "sign", Text = "Ann Member" },
    ];

    public async Task<Gym> NewGymAsync(string? editionName = null)
    {
        var tenant = await fixture.CreateTenantAsync(editionName: editionName);
        var memberA = await fixture.CreateUserAsync(tenant.Id, "member-a", IdentityConsts.MemberRole);
        var memberB = await fixture.CreateUserAsync(tenant.Id, "member-b", IdentityConsts.MemberRole);
        var coach = await fixture.CreateUserAsync(tenant.Id, "coach", IdentityConsts.StaffRole);
        return new Gym(tenant, memberA, memberB, coach);
    }

    /// <summary>A published health form (version 1) created by the coach; <paramref name="issueOnActivation"/> sets its flag.</summary>
    public async Task<(FormDto Form, FormVersionDto Version)> PublishedFormAsync(Gym gym, string name = "Health", bool issueOnActivation = false, FormPurpose purpose = FormPurpose.HealthQuestionnaire)
    {
        var form = await AsCoachAsync<IFormAppService, FormDto>(gym, s => s.CreateAsync(new CreateFormDto
        {
            Name = name, Purpose = purpose, Fields = HealthFields, IssueOnMembershipActivation = issueOnActivation,
        }));
        var version = await AsCoachAsync<IFormAppService, FormVersionDto>(gym, s => s.PublishAsync(form.Id));
        return (form, version);
    }

    public Task<T> AsCoachAsync<TService, T>(Gym gym, Func<TService, Task<T>> action)
        where TService : notnull => AsAsync(gym.Tenant.Id, gym.Coach, IdentityConsts.StaffRole, action);

    public Task<T> AsMemberAsync<TService, T>(Gym gym, Guid member, Func<TService, Task<T>> action)
        where TService : notnull => AsAsync(gym.Tenant.Id, member, IdentityConsts.MemberRole, action);

    public async Task<T> AsAsync<TService, T>(Guid? tenantId, Guid userId, string role, Func<TService, Task<T>> action)
        where TService : notnull
    {
        using var _ = fixture.RunAs(tenantId, userId, "test-user", role);
        await using var scope = fixture.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public sealed record Gym(TestTenant Tenant, Guid MemberA, Guid MemberB, Guid Coach);
}
