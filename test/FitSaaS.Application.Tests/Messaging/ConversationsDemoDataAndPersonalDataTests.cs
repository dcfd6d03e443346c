using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.PersonalData;
using FitSaaS.Framework.Uow;
using FitSaaS.EntityFrameworkCore.Messaging;
using FitSaaS.Identity;
using FitSaaS.Messaging;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Messaging;

/// <summary>The demo conversations (seeded once) and the conversations' personal data handler (export, erase with a placeholder).</summary>
public abstract class ConversationsDemoDataAndPersonalDataTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : ConversationsDemoDataAndPersonalDataTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : ConversationsDemoDataAndPersonalDataTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    [Fact]
    public async Task SeedAsync_DemoDataTwice_SeedsTheMemberCoachChatAndAWorkoutThreadOnce()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Pro);

        var members = await SeedDemoAsync(tenant);
        await SeedDemoAsync(tenant);

        var mine = await AsAsync(tenant, members[0], IdentityConsts.MemberRole, s => s.GetListAsync(new GetConversationListInput()));
        var direct = mine.Items.ShouldHaveSingleItem();
        direct.Kind.ShouldBe(ConversationKind.Direct);
        direct.UnreadCount.ShouldBe(1);
        direct.LastMessage!.Text.ShouldBe(ConversationsDemoDataSeedContributor.DirectMessages[^1]);
        var messages = await AsAsync(tenant, members[0], IdentityConsts.MemberRole, s => s.GetMessagesAsync(direct.Id, new GetConversationMessagesInput()));
        messages.Items.Select(m => m.Text).Reverse().ShouldBe(ConversationsDemoDataSeedContributor.DirectMessages);

        var threads = await AsAsync(tenant, members[1], IdentityConsts.MemberRole, s => s.GetListAsync(new GetConversationListInput()));
        var thread = threads.Items.ShouldHaveSingleItem();
        thread.Kind.ShouldBe(ConversationKind.WorkoutThread);
        var posts = await AsAsync(tenant, members[5], IdentityConsts.MemberRole, s => s.GetMessagesAsync(thread.Id, new GetConversationMessagesInput()));
        posts.Items.Select(m => m.Text).Reverse().TakeLast(ConversationsDemoDataSeedContributor.ThreadMessages.Count).ShouldBe(ConversationsDemoDataSeedContributor.ThreadMessages);
        posts.Items.Count.ShouldBe(ConversationsDemoDataSeedContributor.ThreadMessages.Count);
    }

    [Fact]
    public async Task PersonalData_ExportsMessagesAndReadMarks_EraseReplacesTheTextAndKeepsTheThread()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Pro);
        var member = await fixture.CreateUserAsync(tenant.Id, "member-a", IdentityConsts.MemberRole);
        var coach = await fixture.CreateUserAsync(tenant.Id, "coach", IdentityConsts.StaffRole);
        var conversation = await AsAsync(tenant, member, IdentityConsts.MemberRole, s => s.CreateAsync(new CreateConversationDto { RecipientUserId = coach }));
        await AsAsync(tenant, member, IdentityConsts.MemberRole, s => s.SendMessageAsync(conversation.Id, new SendConversationMessageDto { Text = "My secret injury" }));
        await AsAsync(tenant, coach, IdentityConsts.StaffRole, s => s.SendMessageAsync(conversation.Id, new SendConversationMessageDto { Text = "Rest a week" }));

        var export = System.Text.Json.JsonSerializer.Serialize(await InTenantAsync(tenant, h => h.ExportAsync(member)));
        var erased = await InTenantAsync(tenant, h => h.EraseAsync(member));
        var again = await InTenantAsync(tenant, h => h.EraseAsync(member));

        export.ShouldContain("My secret injury");
        export.ShouldNotContain("Rest a week");
        erased.Pseudonymised.ShouldBe(1);
        erased.Deleted.ShouldBe(1); // the member's read mark
        erased.Retained.ShouldBe(1);
        again.ShouldBe(PersonalDataErasureResult.Nothing);
        var thread = await AsAsync(tenant, coach, IdentityConsts.StaffRole, s => s.GetMessagesAsync(conversation.Id, new GetConversationMessagesInput()));
        thread.Items.Select(m => (m.Text, m.IsErased)).ShouldBe([("Rest a week", false), (ConversationConsts.ErasedMessageText, true)]);
        (await InTenantAsync(tenant, h => h.ExportAsync(Guid.NewGuid()))).ShouldBeNull();
    }

    private async Task<T> InTenantAsync<T>(TestTenant tenant, Func<IPersonalDataHandler, Task<T>> action)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id);
        await using var scope = fixture.CreateScope();
        var handler = scope.ServiceProvider.GetServices<IPersonalDataHandler>().OfType<ConversationsPersonalDataHandler>().Single();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var result = await action(handler);
        await unitOfWork.CompleteAsync();
        return result;
    }

    private async Task<IReadOnlyList<Guid>> SeedDemoAsync(TestTenant tenant)
    {
        await using var scope = fixture.CreateScope();
        var context = new DataSeedContext(tenant.Id) { IncludeDemoData = true };
        await scope.ServiceProvider.GetRequiredService<IDataSeeder>().SeedAsync(context);
        return (IReadOnlyList<Guid>)context.Properties[IdentityConsts.DemoMemberIdsSeedProperty]!;
    }

    private async Task<T> AsAsync<T>(TestTenant tenant, Guid userId, string role, Func<IConversationAppService, Task<T>> action)
    {
        using var _ = fixture.RunAs(tenant.Id, userId, "test-user", role);
        await using var scope = fixture.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<IConversationAppService>());
    }
}
