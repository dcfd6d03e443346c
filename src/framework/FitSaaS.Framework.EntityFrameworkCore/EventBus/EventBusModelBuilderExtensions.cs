using FitSaaS.Framework.Events.Distributed;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.Framework.EntityFrameworkCore.EventBus;

/// <summary>Maps the outbox and inbox tables.</summary>
public static class EventBusModelBuilderExtensions
{
    /// <summary>Table of <see cref="OutboxMessage"/>.</summary>
    public const string OutboxTable = "OutboxMessages";

    /// <summary>Table of <see cref="InboxMessage"/>.</summary>
    public const string InboxTable = "InboxMessages";

    /// <summary>Maps <see cref="OutboxMessage"/> and <see cref="InboxMessage"/>; call it in <c>OnModelCreating</c> before the kit's conventions.</summary>
    public static void ConfigureDistributedEventBus(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable(OutboxTable);
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.EventName).HasMaxLength(EventNameAttribute.MaxLength).IsRequired();
            b.Property(e => e.CorrelationId).HasMaxLength(DistributedEventEnvelope.MaxCorrelationIdLength);
            b.Property(e => e.Payload).IsRequired();
            b.Property(e => e.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
            b.HasIndex(e => new { e.NextAttemptAt, e.OccurredAt });
        });
        modelBuilder.Entity<InboxMessage>(b =>
        {
            b.ToTable(InboxTable);
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.EventName).HasMaxLength(EventNameAttribute.MaxLength).IsRequired();
            b.HasIndex(e => e.ProcessedAt);
        });
    }
}
