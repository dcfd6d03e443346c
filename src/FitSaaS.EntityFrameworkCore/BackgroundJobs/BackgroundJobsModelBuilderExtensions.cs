using FitSaaS.BackgroundJobs;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.BackgroundJobs;

/// <summary>Maps the background-jobs tables of the application model (the job store's own tables belong to Hangfire: schema <c>hangfire</c> on PostgreSQL, a file of their own on SQLite).</summary>
public static class BackgroundJobsModelBuilderExtensions
{
    /// <summary>Maps <see cref="BackgroundJobFailure"/> to the host table <c>BackgroundJobFailures</c>.</summary>
    public static void ConfigureBackgroundJobs(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<BackgroundJobFailure>(b =>
        {
            b.ToTable("BackgroundJobFailures");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.JobName).HasMaxLength(BackgroundJobFailure.MaxJobNameLength).IsRequired();
            b.Property(e => e.ArgumentsSummary).HasMaxLength(BackgroundJobFailure.MaxArgumentsSummaryLength).IsRequired();
            b.Property(e => e.Error).HasMaxLength(BackgroundJobFailure.MaxErrorLength).IsRequired();
            b.HasIndex(e => e.FailedAtUtc);
        });
    }
}
