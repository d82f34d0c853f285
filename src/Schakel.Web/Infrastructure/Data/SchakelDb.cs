using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisations;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Identity;

namespace Schakel.Web.Infrastructure.Data;

/// <summary>
/// The one database of Schakel. Provider-specific subclasses exist only so each provider keeps its own migrations.
/// </summary>
public abstract class SchakelDb(DbContextOptions options)
    : IdentityDbContext<SchakelUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<ReferenceItem> ReferenceItems => Set<ReferenceItem>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<Signal> Signals => Set<Signal>();
    public DbSet<Subject> Subjects => Set<Subject>();
    public DbSet<SignalEvent> SignalEvents => Set<SignalEvent>();
    public DbSet<SignalNote> SignalNotes => Set<SignalNote>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<ApiClientKey> ApiClientKeys => Set<ApiClientKey>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<SchakelUser>(u =>
        {
            u.Property(x => x.DisplayName).HasMaxLength(200);
            u.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<UserSession>(s =>
        {
            s.Property(x => x.Id).HasMaxLength(32);
            s.HasOne<SchakelUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Region>(r => r.Property(x => x.Name).HasMaxLength(100));
        builder.Entity<Organisation>(o =>
        {
            o.Property(x => x.Name).HasMaxLength(200);
            o.HasIndex(x => new { x.RegionId, x.Name }).IsUnique();
            o.HasOne(x => x.Region).WithMany(r => r.Organisations).HasForeignKey(x => x.RegionId);
        });

        builder.Entity<ReferenceItem>(r =>
        {
            r.Property(x => x.Code).HasMaxLength(40);
            r.Property(x => x.Label).HasMaxLength(200);
            r.HasIndex(x => new { x.List, x.Code }).IsUnique();
        });
        builder.Entity<Indicator>(i =>
        {
            i.Property(x => x.Code).HasMaxLength(40);
            i.Property(x => x.FormCode).HasMaxLength(40);
            i.Property(x => x.Label).HasMaxLength(300);
            i.HasIndex(x => x.Code).IsUnique();
        });

        builder.Entity<Signal>(s =>
        {
            s.Property(x => x.Reference).HasMaxLength(20);
            s.HasIndex(x => x.Reference).IsUnique();
            s.Property(x => x.MelderTypeCode).HasMaxLength(40);
            s.Property(x => x.SectorCode).HasMaxLength(40);
            s.Property(x => x.MelderName).HasMaxLength(200);
            s.Property(x => x.MelderContact).HasMaxLength(200);
            s.Property(x => x.Description).HasMaxLength(8000);
            s.Property(x => x.AcuteIntervention).HasMaxLength(2000);
            s.Property(x => x.OverrideReason).HasMaxLength(2000);
            s.Property(x => x.DecisionReason).HasMaxLength(2000);
            s.Property(x => x.Outcome).HasMaxLength(2000);
            s.Property(x => x.ClientId).HasMaxLength(100);
            s.Property(x => x.SubmissionToken).HasMaxLength(64);
            s.HasIndex(x => new { x.ClientOrganisationId, x.ClientId }).IsUnique();
            s.HasIndex(x => x.SubmissionToken).IsUnique();
            s.HasIndex(x => new { x.MunicipalityId, x.Status });
            s.HasIndex(x => new { x.Status, x.ReceivedAt });
            // The dashboard counts by period, and by period within one municipality; these two indexes hold every
            // column its signal-only counts group on, so the database reads only the index for them.
            s.HasIndex(x => new { x.ReceivedAt, x.Kind, x.MunicipalityId, x.SectorCode, x.MelderTypeCode, x.CaseId, x.RegisteredForTableAt })
                .HasDatabaseName("IX_Signals_Figures_Period");
            s.HasIndex(x => new { x.MunicipalityId, x.ReceivedAt, x.Kind, x.SectorCode, x.MelderTypeCode, x.CaseId, x.RegisteredForTableAt })
                .HasDatabaseName("IX_Signals_Figures_Municipality");
            s.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
            s.HasOne(x => x.MelderOrganisation).WithMany().HasForeignKey(x => x.MelderOrganisationId).OnDelete(DeleteBehavior.Restrict);
            s.HasMany(x => x.Forms).WithOne().HasForeignKey(f => f.SignalId).OnDelete(DeleteBehavior.Cascade);
            s.HasMany(x => x.Indicators).WithOne().HasForeignKey(f => f.SignalId).OnDelete(DeleteBehavior.Cascade);
            s.HasMany(x => x.Subjects).WithOne().HasForeignKey(f => f.SignalId).OnDelete(DeleteBehavior.Cascade);
            s.HasMany(x => x.Events).WithOne().HasForeignKey(f => f.SignalId).OnDelete(DeleteBehavior.Cascade);
            s.HasMany(x => x.Notes).WithOne().HasForeignKey(f => f.SignalId).OnDelete(DeleteBehavior.Cascade);
            s.Ignore(x => x.EffectiveLevel);
            s.Ignore(x => x.IsClosed);
        });
        builder.Entity<SignalForm>(f =>
        {
            f.HasKey(x => new { x.SignalId, x.FormCode });
            f.Property(x => x.FormCode).HasMaxLength(40);
            f.HasIndex(x => x.FormCode);
        });
        builder.Entity<SignalIndicator>(f =>
        {
            f.HasKey(x => new { x.SignalId, x.IndicatorCode });
            f.Property(x => x.IndicatorCode).HasMaxLength(40);
        });
        builder.Entity<Subject>(s =>
        {
            foreach (var p in new[] { nameof(Subject.FullName), nameof(Subject.Street), nameof(Subject.City), nameof(Subject.Nationality) })
            {
                s.Property(p).HasMaxLength(200);
            }
            s.Property(x => x.HouseNumber).HasMaxLength(20);
            s.Property(x => x.Postcode).HasMaxLength(10);
            s.Property(x => x.AgeGroup).HasMaxLength(20);
            s.Property(x => x.Gender).HasMaxLength(20);
            // Victim profiles and flows for the dashboard, read from the index alone per signal.
            s.HasIndex(x => new { x.SignalId, x.Role, x.AgeGroup, x.Gender, x.Nationality, x.LivesInMunicipalityId, x.WorksInMunicipalityId, x.FoundInMunicipalityId })
                .HasDatabaseName("IX_Subjects_Figures");
            foreach (var p in new[] { nameof(Subject.Phones), nameof(Subject.Emails), nameof(Subject.Handles), nameof(Subject.LicensePlates), nameof(Subject.AdLinks) })
            {
                s.Property(p).HasMaxLength(2000);
            }
        });
        builder.Entity<SignalEvent>(e =>
        {
            e.Property(x => x.Actor).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(500);
            e.Property(x => x.Reason).HasMaxLength(2000);
        });
        builder.Entity<SignalNote>(e =>
        {
            e.Property(x => x.Author).HasMaxLength(200);
            e.Property(x => x.Text).HasMaxLength(8000);
        });
        builder.Entity<Notification>(n =>
        {
            n.Property(x => x.Title).HasMaxLength(300);
            n.Property(x => x.Url).HasMaxLength(300);
            n.HasIndex(x => new { x.UserId, x.ReadAt });
        });
        builder.Entity<ApiClientKey>(k =>
        {
            k.Property(x => x.Name).HasMaxLength(100);
            k.Property(x => x.KeyHash).HasMaxLength(64);
            k.Property(x => x.Prefix).HasMaxLength(12);
            k.HasIndex(x => x.KeyHash).IsUnique();
        });

        builder.Entity<AuditEntry>(a =>
        {
            a.HasIndex(x => x.Sequence).IsUnique();
            a.HasIndex(x => new { x.RecordType, x.RecordId });
            a.HasIndex(x => new { x.UserId, x.AtUtcTicks });
            a.HasIndex(x => x.AtUtcTicks);
            a.Property(x => x.Actor).HasMaxLength(200);
            a.Property(x => x.Organisation).HasMaxLength(200);
            a.Property(x => x.Roles).HasMaxLength(300);
            a.Property(x => x.RecordType).HasMaxLength(50);
            a.Property(x => x.RecordId).HasMaxLength(100);
            a.Property(x => x.Purpose).HasMaxLength(1000);
            a.Property(x => x.Details).HasMaxLength(1000);
            a.Property(x => x.PreviousHash).HasMaxLength(64);
            a.Property(x => x.Hash).HasMaxLength(64);
            a.Ignore(x => x.At);
        });

        // Feature folders keep their own entity configuration next to their entities.
        builder.ApplyConfigurationsFromAssembly(typeof(SchakelDb).Assembly);

        // Every record that users edit carries a Version; a save with a stale version is refused instead of
        // silently overwriting a colleague's change.
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            var version = entity.FindProperty("Version");
            if (version is not null && version.ClrType == typeof(int))
            {
                version.IsConcurrencyToken = true;
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        using var detected = DetectChangesOnce();
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var detected = DetectChangesOnce();
        BumpVersions();
        // What features do on a save (figure marks, dropping cached code lists) they do in the save-changes
        // interceptors they register; see DatabaseRegistration.
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Every look at the change tracker before a save (versions, the interceptors' code lists and figure marks, the save
    /// itself) would scan all tracked entities again; they are scanned once, and what the hooks change they change
    /// through the tracker.
    /// </summary>
    private AutoDetectScope DetectChangesOnce()
    {
        ChangeTracker.DetectChanges();
        var scope = new AutoDetectScope(ChangeTracker, ChangeTracker.AutoDetectChangesEnabled);
        ChangeTracker.AutoDetectChangesEnabled = false;
        return scope;
    }

    private readonly record struct AutoDetectScope(Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker Tracker, bool Enabled) : IDisposable
    {
        public void Dispose() => Tracker.AutoDetectChangesEnabled = Enabled;
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Modified || entry.Metadata.FindProperty("Version") is null)
            {
                continue;
            }
            var property = entry.Property("Version");
            property.CurrentValue = (int)property.OriginalValue! + 1;
        }
    }
}
