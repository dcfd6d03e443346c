using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>Maps <see cref="Conversation"/>: one direct conversation per ordered pair, one thread per workout and date (per tenant).</summary>
internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.ToTable("Conversations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).IsRequired().HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Title).HasMaxLength(ConversationConsts.MaxTitleLength);
        builder.HasIndex(c => new { c.TenantId, c.ParticipantAId, c.ParticipantBId }).IsUnique();
        builder.HasIndex(c => new { c.TenantId, c.ParticipantBId });
        builder.HasIndex(c => new { c.TenantId, c.WorkoutId, c.WorkoutDate }).IsUnique();
        builder.HasIndex(c => new { c.TenantId, c.Kind, c.WorkoutDate });
    }
}
