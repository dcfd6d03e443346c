using FitSaaS.Billing;
using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.Messaging;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Messaging;

/// <summary>The gym's notification templates (ADR 0064): overrides per kind and language, previews, and their use by the dispatcher.</summary>
public abstract class NotificationTemplateAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : NotificationTemplateAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : NotificationTemplateAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private const string OwnSubject = "Nos vemos el {{ session_start }}";
    private const string OwnBody = "Tu clase de {{ duration_minutes }} minutos está reservada.";

    [Fact]
    public async Task List_EveryKindInEveryOfferedLanguage_DefaultLanguageOnlyWhenNotSet()
    {
        var plain = await NewGymAsync(languages: null);
        var bilingual = await NewGymAsync("es,en");

        var plainList = await AsStaffAsync(plain, s => s.GetListAsync());
        var list = await AsStaffAsync(bilingual, s => s.GetListAsync());

        plainList.Count.ShouldBe(Enum.GetValues<NotificationKind>().Length);
        plainList.ShouldAllBe(t => t.Language == "en" && t.IsDefaultLanguage && !t.IsOverridden);
        list.Count.ShouldBe(2 * Enum.GetValues<NotificationKind>().Length);
        var booking = list.Where(t => t.Kind == NotificationKind.BookingConfirmed).ToList();
        booking.Select(t => t.Language).ShouldBe(["es", "en"]);
        booking[0].IsDefaultLanguage.ShouldBeTrue();
        booking[0].Subject.ShouldBe(NotificationTemplateLibrary.Get(NotificationKind.BookingConfirmed, "es").Subject);
        booking[0].Variables.ShouldBe(["session_start", "duration_minutes"]);
    }

    [Fact]
    public async Task SetGetReplaceAndDelete_AnOverride_DeleteIsIdempotent()
    {
        var gym = await NewGymAsync("en,es");

        var set = await AsStaffAsync(gym, s => s.UpdateAsync(NotificationKind.BookingConfirmed, "ES", new UpdateNotificationTemplateDto { Subject = OwnSubject, Body = OwnBody }));
        set.Language.ShouldBe("es");
        set.IsOverridden.ShouldBeTrue();
        set.Subject.ShouldBe(OwnSubject);
        (await AsStaffAsync(gym, s => s.GetAsync(NotificationKind.BookingConfirmed, "es"))).ShouldBeEquivalentTo(set);
        (await AsStaffAsync(gym, s => s.GetAsync(NotificationKind.BookingConfirmed, "en"))).IsOverridden.ShouldBeFalse();

        var replaced = await AsStaffAsync(gym, s => s.UpdateAsync(NotificationKind.BookingConfirmed, "es", new UpdateNotificationTemplateDto { Subject = "Reservado", Body = OwnBody }));
        replaced.Subject.ShouldBe("Reservado");
        (await CountOverridesAsync(gym)).ShouldBe(1);

        await AsStaffAsync(gym, async s => { await s.DeleteAsync(NotificationKind.BookingConfirmed, "es"); return 0; });
        await AsStaffAsync(gym, async s => { await s.DeleteAsync(NotificationKind.BookingConfirmed, "es"); return 0; });
        var reverted = await AsStaffAsync(gym, s => s.GetAsync(NotificationKind.BookingConfirmed, "es"));
        reverted.IsOverridden.ShouldBeFalse();
        reverted.Subject.ShouldBe(NotificationTemplateLibrary.Get(NotificationKind.BookingConfirmed, "es").Subject);
        (await CountOverridesAsync(gym)).ShouldBe(0);
    }

    [Fact]
    public async Task InvalidTemplatesAndLanguages_AreRefused_NothingStored()
    {
        var gym = await NewGymAsync("en,es");

        var unknownVariable = await Should.ThrowAsync<BusinessException>(() => AsStaffAsync(gym, s => s.UpdateAsync(
            NotificationKind.BookingConfirmed, "en", new UpdateNotificationTemplateDto { Subject = "Hello {{ member_name }}", Body = "ok" })));
        var badLiquid = await Should.ThrowAsync<BusinessException>(() => AsStaffAsync(gym, s => s.UpdateAsync(
            NotificationKind.BookingConfirmed, "en", new UpdateNotificationTemplateDto { Subject = "ok", Body = "{% if session_start %}no end" })));
        var notOffered = await Should.ThrowAsync<BusinessException>(() => AsStaffAsync(gym, s => s.UpdateAsync(
            NotificationKind.BookingConfirmed, "fr", new UpdateNotificationTemplateDto { Subject = "ok", Body = "ok" })));
        await Should.ThrowAsync<FitSaaSValidationException>(() => AsStaffAsync(gym, s => s.UpdateAsync(
            NotificationKind.BookingConfirmed, "en", new UpdateNotificationTemplateDto { Subject = "ok", Body = new string('x', NotificationTemplateOverrideConsts.MaxBodyLength + 1) })));
        var getNotOffered = await Should.ThrowAsync<BusinessException>(() => AsStaffAsync(gym, s => s.GetAsync(NotificationKind.Debt, "de")));

        unknownVariable.Code.ShouldBe(MessagingErrorCodes.InvalidTemplate);
        badLiquid.Code.ShouldBe(MessagingErrorCodes.InvalidTemplate);
        notOffered.Code.ShouldBe(MessagingErrorCodes.UnsupportedLanguage);
        getNotOffered.Code.ShouldBe(MessagingErrorCodes.UnsupportedLanguage);
        (await CountOverridesAsync(gym)).ShouldBe(0);
        (await AsStaffAsync(gym, s => s.GetListAsync())).ShouldAllBe(t => !t.IsOverridden);
    }

    [Fact]
    public async Task Preview_RendersTheDraftOrTheEffectiveTemplate_InTheGymsZone_StoringNothing()
    {
        var gym = await NewGymAsync("en,es");
        await AsStaffAsync(gym, s => s.UpdateAsync(NotificationKind.BookingConfirmed, "es", new UpdateNotificationTemplateDto { Subject = OwnSubject, Body = OwnBody }));

        var draft = await AsStaffAsync(gym, s => s.PreviewAsync(new PreviewNotificationTemplateDto { Kind = NotificationKind.BookingConfirmed, Language = "en", Subject = "Class at {{ session_start }}!" }));
        var effective = await AsStaffAsync(gym, s => s.PreviewAsync(new PreviewNotificationTemplateDto { Kind = NotificationKind.BookingConfirmed, Language = "es" }));
        var byDefault = await AsStaffAsync(gym, s => s.PreviewAsync(new PreviewNotificationTemplateDto { Kind = NotificationKind.PaymentFailed }));
        var invalid = await Should.ThrowAsync<BusinessException>(() => AsStaffAsync(gym, s => s.PreviewAsync(
            new PreviewNotificationTemplateDto { Kind = NotificationKind.BookingConfirmed, Body = "{{ amount }}" })));

        draft.Subject.ShouldBe("Class at 2026-01-15 18:00!");
        draft.Body.ShouldBe("Your place in the class on 2026-01-15 18:00 (60 min) is confirmed.");
        draft.TimeZoneId.ShouldBe("UTC");
        effective.Subject.ShouldBe("Nos vemos el 2026-01-15 18:00");
        effective.Body.ShouldBe("Tu clase de 60 minutos está reservada.");
        byDefault.Language.ShouldBe("en");
        byDefault.Subject.ShouldBe("Payment of 49.00 EUR failed");
        invalid.Code.ShouldBe(MessagingErrorCodes.InvalidTemplate);
        (await CountOverridesAsync(gym)).ShouldBe(1);
    }

    [Fact]
    public async Task Members_CannotManageTemplates()
    {
        var gym = await NewGymAsync("en,es");

        await Should.ThrowAsync<AuthorizationException>(() => AsAsync(gym, gym.MemberA, IdentityConsts.MemberRole, s => s.GetListAsync()));
        await Should.ThrowAsync<AuthorizationException>(() => AsAsync(gym, gym.MemberA, IdentityConsts.MemberRole,
            s => s.UpdateAsync(NotificationKind.Debt, "en", new UpdateNotificationTemplateDto { Subject = "x", Body = "y" })));
        await Should.ThrowAsync<AuthorizationException>(() => AsAsync(gym, gym.MemberA, IdentityConsts.MemberRole,
            s => s.PreviewAsync(new PreviewNotificationTemplateDto { Kind = NotificationKind.Debt })));
        (await CountOverridesAsync(gym)).ShouldBe(0);
    }

    [Fact]
    public async Task Dispatcher_UsesTheOverrideInTheMembersLanguage_FallsBackToTheGymsDefault_AndAnotherGymNeverSeesIt()
    {
        var gym = await NewGymAsync("en,es");
        var other = await NewGymAsync("en,es");
        await AsStaffAsync(gym, s => s.UpdateAsync(NotificationKind.BookingConfirmed, "es", new UpdateNotificationTemplateDto { Subject = OwnSubject, Body = OwnBody }));
        await AsAsync<INotificationPreferenceAppService, NotificationPreferenceDto>(gym, gym.MemberA, IdentityConsts.MemberRole, s => s.UpdateMineAsync(new UpdateNotificationPreferenceDto { Language = "es", TimeZoneId = "UTC" }));
        await AsAsync<INotificationPreferenceAppService, NotificationPreferenceDto>(other, other.MemberA, IdentityConsts.MemberRole, s => s.UpdateMineAsync(new UpdateNotificationPreferenceDto { Language = "es", TimeZoneId = "UTC" }));
        var startsAt = new DateTime(2026, 3, 2, 18, 0, 0, DateTimeKind.Utc);

        await HandleAsync(gym, new BookingConfirmedEto { BookingId = Guid.NewGuid(), MemberUserId = gym.MemberA, SessionStartsAtUtc = startsAt, SessionDurationMinutes = 45, OccurredAtUtc = DateTime.UtcNow });
        await HandleAsync(gym, new BookingConfirmedEto { BookingId = Guid.NewGuid(), MemberUserId = gym.MemberB, SessionStartsAtUtc = startsAt, SessionDurationMinutes = 45, OccurredAtUtc = DateTime.UtcNow });
        await HandleAsync(other, new BookingConfirmedEto { BookingId = Guid.NewGuid(), MemberUserId = other.MemberA, SessionStartsAtUtc = startsAt, SessionDurationMinutes = 45, OccurredAtUtc = DateTime.UtcNow });

        var spanish = (await NotificationsAsync(gym, gym.MemberA)).ShouldHaveSingleItem();
        spanish.Title.ShouldBe("Nos vemos el 2026-03-02 18:00");
        spanish.Body.ShouldBe("Tu clase de 45 minutos está reservada.");
        (await NotificationsAsync(gym, gym.MemberB)).ShouldHaveSingleItem().Title.ShouldStartWith("Booking confirmed: ");
        (await NotificationsAsync(other, other.MemberA)).ShouldHaveSingleItem().Title.ShouldStartWith("Reserva confirmada: ");
        (await AsStaffAsync(other, s => s.GetAsync(NotificationKind.BookingConfirmed, "es"))).IsOverridden.ShouldBeFalse();
    }

    [Fact]
    public async Task Dispatcher_APreferenceTheGymNoLongerOffers_GetsTheGymsDefaultLanguageAndItsOverride()
    {
        var gym = await NewGymAsync("de,en");
        await AsStaffAsync(gym, s => s.UpdateAsync(NotificationKind.Debt, "de", new UpdateNotificationTemplateDto { Subject = "Offener Betrag seit {{ since }}", Body = "Bitte begleichen." }));
        await AsAsync<INotificationPreferenceAppService, NotificationPreferenceDto>(gym, gym.MemberA, IdentityConsts.MemberRole, s => s.UpdateMineAsync(new UpdateNotificationPreferenceDto { Language = "en" }));
        (await Should.ThrowAsync<BusinessException>(() => AsAsync<INotificationPreferenceAppService, NotificationPreferenceDto>(gym, gym.MemberB, IdentityConsts.MemberRole,
            s => s.UpdateMineAsync(new UpdateNotificationPreferenceDto { Language = "es" })))).Code.ShouldBe(MessagingErrorCodes.UnsupportedLanguage);

        await HandleAsync(gym, new MembershipStatusChangedEto { MembershipId = Guid.NewGuid(), MemberUserId = gym.MemberA, PreviousStatus = MembershipStatus.Active, Status = MembershipStatus.PastDue, OccurredAtUtc = DateTime.UtcNow });
        await HandleAsync(gym, new MembershipStatusChangedEto { MembershipId = Guid.NewGuid(), MemberUserId = gym.MemberB, PreviousStatus = MembershipStatus.Active, Status = MembershipStatus.PastDue, OccurredAtUtc = DateTime.UtcNow });

        (await NotificationsAsync(gym, gym.MemberA)).ShouldHaveSingleItem().Title.ShouldBe("Your membership has an unpaid balance");
        (await NotificationsAsync(gym, gym.MemberB)).ShouldHaveSingleItem().Title.ShouldStartWith("Offener Betrag seit ");
    }

    private async Task HandleAsync<TEto>(Gym gym, TEto eventData)
        where TEto : class
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        var handler = scope.ServiceProvider.GetServices<IDistributedEventHandler<TEto>>().Single(h => h is NotificationEventHandler);
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        await handler.HandleEventAsync(eventData);
        await unitOfWork.CompleteAsync();
    }

    private Task<List<Notification>> NotificationsAsync(Gym gym, Guid userId) =>
        InTenantAsync(gym, async db => await db.Set<Notification>().AsNoTracking().Where(n => n.RecipientUserId == userId).ToListAsync());

    private Task<int> CountOverridesAsync(Gym gym) =>
        InTenantAsync(gym, async db => await db.Set<NotificationTemplateOverride>().CountAsync());

    private async Task<T> InTenantAsync<T>(Gym gym, Func<FitSaaSDbContext, Task<T>> action)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var db = await scope.ServiceProvider.GetRequiredService<Framework.EntityFrameworkCore.IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        var result = await action(db);
        await unitOfWork.CompleteAsync();
        return result;
    }

    private async Task<Gym> NewGymAsync(string? languages)
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Pro);
        if (languages is not null)
        {
            await MessagingTestLanguages.OfferAsync(fixture, tenant.Id, languages);
        }

        var memberA = await fixture.CreateUserAsync(tenant.Id, "member-a", IdentityConsts.MemberRole);
        var memberB = await fixture.CreateUserAsync(tenant.Id, "member-b", IdentityConsts.MemberRole);
        var coach = await fixture.CreateUserAsync(tenant.Id, "coach", IdentityConsts.StaffRole);
        return new Gym(tenant, memberA, memberB, coach);
    }

    private Task<T> AsStaffAsync<T>(Gym gym, Func<INotificationTemplateAppService, Task<T>> action) =>
        AsAsync(gym, gym.Coach, IdentityConsts.StaffRole, action);

    private async Task<T> AsAsync<TService, T>(Gym gym, Guid userId, string role, Func<TService, Task<T>> action)
        where TService : notnull
    {
        using var _ = fixture.RunAs(gym.Tenant.Id, userId, "test-user", role);
        await using var scope = fixture.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private Task<T> AsAsync<T>(Gym gym, Guid userId, string role, Func<INotificationTemplateAppService, Task<T>> action) =>
        AsAsync<INotificationTemplateAppService, T>(gym, userId, role, action);

    private sealed record Gym(TestTenant Tenant, Guid MemberA, Guid MemberB, Guid Coach);
}
