using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Identity;

namespace FitSaaS.Messaging;

/// <summary>
/// Demo conversations for a tenant (only with <see cref="DataSeedContext.IncludeDemoData"/>, after Identity's demo users): a
/// direct conversation between the first demo member (<see cref="IdentityConsts.DemoMemberIdsSeedProperty"/>) and the first
/// staff user (a coach) with <see cref="DirectMessages"/>, the member having read all but the coach's last reply; and a workout
/// thread with <see cref="ThreadMessages"/> from two demo members: the latest thread up to today when Programs' publications
/// created one already, otherwise a thread titled <see cref="DemoThreadTitle"/> for today (UTC date). Idempotent: nothing is
/// done when the member and the coach already have a conversation.
/// </summary>
public sealed class ConversationsDemoDataSeedContributor(
    IConversationRepository conversations,
    ConversationManager manager,
    IIdentityUserReadRepository users,
    TimeProvider clock) : IDataSeedContributor, ITransientDependency
{
    /// <summary>The direct conversation's messages, oldest first, alternating member and coach (the member starts).</summary>
    public static readonly IReadOnlyList<string> DirectMessages =
    [
        "Hi coach, my left knee hurts on deep squats. Should I skip tomorrow's back squat?",
        "Don't skip it: squat to a box at parallel and keep the load at 60 %. Tell me how it feels.",
        "Felt fine with the box. Thanks!",
        "Great. We'll go a bit deeper next week.",
    ];

    /// <summary>The workout thread's messages, oldest first (demo members 2 and 3, then 2 again).</summary>
    public static readonly IReadOnlyList<string> ThreadMessages =
    [
        "Those thrusters were brutal. 11:42 Rx here.",
        "Scaled the box jumps to step-ups, still finished under the cap!",
        "Nice work both of you, see you tomorrow.",
    ];

    /// <summary>The title of the demo thread created when no publication made one.</summary>
    public const string DemoThreadTitle = "Today's workout";

    /// <inheritdoc/>
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IncludeDemoData || context.TenantId is null ||
            !context.Properties.TryGetValue(IdentityConsts.DemoMemberIdsSeedProperty, out var value) || value is not IReadOnlyList<Guid> { Count: >= 3 } members)
        {
            return;
        }

        var staff = (await users.GetPagedListAsync(null, IdentityConsts.StaffRole, null, false, 0, 1, cancellationToken)).Items;
        if (staff.Count == 0 || await conversations.FindDirectAsync(members[0], staff[0].Id, cancellationToken) is not null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (direct, _) = await manager.GetOrStartDirectAsync(members[0], staff[0].Id, now.AddHours(-3), cancellationToken);
        ConversationMessage? lastRead = null;
        for (var i = 0; i < DirectMessages.Count; i++)
        {
            var sender = i % 2 == 0 ? members[0] : staff[0].Id;
            var message = await manager.SendAsync(direct, sender, DirectMessages[i], now.AddMinutes(-170 + (i * 30)), cancellationToken);
            if (i < DirectMessages.Count - 1)
            {
                lastRead = message;
            }
        }

        await manager.MarkReadAsync(direct, members[0], lastRead!.SentAtUtc, lastRead.Id, cancellationToken);
        await manager.MarkReadAsync(direct, staff[0].Id, now, null, cancellationToken);

        var today = DateOnly.FromDateTime(now);
        var (threads, _) = await conversations.GetWorkoutThreadsAsync(null, today, 0, 1, cancellationToken);
        var thread = threads.Count > 0
            ? await conversations.GetAsync(threads[0].Id, cancellationToken)
            : await manager.GetOrStartWorkoutThreadAsync(DemoWorkoutId(context.TenantId.Value), today, DemoThreadTitle, now.AddHours(-2), cancellationToken);
        for (var i = 0; i < ThreadMessages.Count; i++)
        {
            await manager.SendAsync(thread, members[1 + (i % 2)], ThreadMessages[i], now.AddMinutes(-60 + (i * 15)), cancellationToken);
        }
    }

    /// <summary>The made-up workout id of the demo thread created without a publication (stable per tenant).</summary>
    private static Guid DemoWorkoutId(Guid tenantId)
    {
        var bytes = tenantId.ToByteArray();
        bytes[0] ^= 0x5A;
        return new Guid(bytes);
    }
}
