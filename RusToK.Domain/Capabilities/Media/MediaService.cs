using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Capabilities.Media;

/// <summary>The current tenant's media library: upload (type checked by content), describe, list with usage, delete when unused.</summary>
public sealed class MediaService(IAppDbContextFactory dbFactory, ITenantContext tenant, IMediaStorage storage, IMediaTypeSniffer sniffer, IImageVariantGenerator images)
{
    public const long MaxUploadBytes = 10 * 1024 * 1024;

    public static string TooLargeMessage => $"The file is larger than {MaxUploadBytes / (1024 * 1024)} MB. Make it smaller (for a photo, 2000 pixels wide is plenty) and upload again.";

    public async Task<OperationResult<MediaFile>> UploadAsync(Stream content, string fileName, string? alt, CancellationToken ct = default)
    {
        // Read into memory once: the size limit keeps this bounded, and the bytes are sniffed, probed and stored.
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxUploadBytes) return OperationResult.Invalid<MediaFile>("file", TooLargeMessage);
        if (buffer.Length == 0) return OperationResult.Invalid<MediaFile>("file", "The file is empty.");
        var type = sniffer.Sniff(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 64)));
        if (type is null)
        {
            return OperationResult.Invalid<MediaFile>("file", $"\"{Path.GetFileName(fileName)}\" is not a supported file, whatever its name says. Upload JPEG, PNG, GIF or WebP images, PDF documents, MP4 video or MP3 audio.");
        }

        if (AltTooLong(alt) is { } altRefused) return altRefused;
        // The decoder may close the stream it reads, so it gets its own view of the bytes.
        var size = type.Kind == MediaKind.Image ? images.Probe(new MemoryStream(buffer.GetBuffer(), 0, (int)buffer.Length, writable: false)) : null;
        if (type.Kind == MediaKind.Image && size is null) return OperationResult.Invalid<MediaFile>("file", "The image is damaged and cannot be read.");

        await using var db = dbFactory.CreateContext();
        var file = MediaFile.Create(fileName, type, buffer.Length, size, alt);
        file.TenantId = tenant.Current?.Id ?? throw new InvalidOperationException("Uploads happen within a tenant.");
        db.MediaFiles.Add(file);
        buffer.Position = 0;
        await storage.SaveAsync(file.OriginalKey, buffer, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // The row did not make it: do not leave its bytes behind.
            await storage.DeletePrefixAsync(file.StoragePrefix, CancellationToken.None);
            throw;
        }

        return OperationResult.Success(file);
    }

    public async Task<Page<MediaSummary>> ListAsync(string? search, MediaKind? kind, PageRequest page, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var files = db.MediaFiles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search)) files = files.Where(f => f.FileName.Contains(search.Trim()) || f.AltText.Contains(search.Trim()));
        if (kind is { } k) files = files.Where(f => f.Kind == k);
        var total = await files.CountAsync(ct);
        var items = await files.OrderByDescending(f => f.CreatedAt).Skip(page.Skip).Take(page.Size)
            .Select(f => new MediaSummary(f, db.Set<MediaUsage>().Count(u => u.MediaId == f.Id))).ToListAsync(ct);
        return new Page<MediaSummary>(items, page.Number, page.Size, total);
    }

    public async Task<MediaFile?> FindAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        return await db.MediaFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
    }

    public async Task<IReadOnlyList<EntityRef>> UsagesAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        return await db.MediaUsages.AsNoTracking().Where(u => u.MediaId == id).Select(u => new EntityRef(u.EntityType, u.EntityId)).ToListAsync(ct);
    }

    public async Task<OperationResult<MediaFile>> DescribeAsync(Guid id, string? alt, CancellationToken ct = default)
    {
        if (AltTooLong(alt) is { } altRefused) return altRefused;
        await using var db = dbFactory.CreateContext();
        var file = await db.MediaFiles.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (file is null) return OperationResult.NotFound<MediaFile>("File not found.");
        file.DescribeAs(alt ?? "");
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(file);
    }

    /// <summary>Refused while something shows the file, so no page is left with a broken image.</summary>
    public async Task<OperationResult> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var file = await db.MediaFiles.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (file is null) return OperationResult.NotFound("File not found.");
        var used = await db.MediaUsages.CountAsync(u => u.MediaId == id, ct);
        if (used > 0) return OperationResult.Conflict($"\"{file.FileName}\" is used by {used} item(s). Remove it from them first.");
        file.MarkDeleted();
        db.MediaFiles.Remove(file);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success();
    }

    /// <summary>Produces the WebP variants of an uploaded image (run by the background relay after upload).</summary>
    public async Task ProduceVariantsAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var file = await db.MediaFiles.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (file is not { Kind: MediaKind.Image }) return;
        await using var original = await storage.OpenReadAsync(file.OriginalKey, ct);
        if (original is null) return;
        var variants = images.Generate(original, ImageVariantSpec.Standard);
        foreach (var variant in variants)
        {
            await storage.SaveAsync($"{file.StoragePrefix}{variant.Name}.webp", new MemoryStream(variant.WebP), ct);
        }

        file.VariantsProduced(variants.Select(v => v.Name));
        await db.SaveChangesAsync(ct);
    }

    private static OperationResult<MediaFile>? AltTooLong(string? alt) =>
        (alt?.Length ?? 0) > MediaFile.MaxAltLength ? OperationResult.Invalid<MediaFile>("altText", $"Alt text has at most {MediaFile.MaxAltLength} characters.") : null;

    /// <summary>Stages which library files an entity uses, in the caller's unit of work (saved with the entity).</summary>
    public static async Task StageUsagesAsync(IAppDbContext db, EntityRef entity, IReadOnlySet<Guid> mediaIds, CancellationToken ct = default)
    {
        var existing = await db.MediaFiles.Where(f => mediaIds.Contains(f.Id)).Select(f => f.Id).ToListAsync(ct);
        var current = await db.MediaUsages.Where(u => u.EntityType == entity.Type && u.EntityId == entity.Id).ToListAsync(ct);
        db.MediaUsages.RemoveRange(current.Where(u => !existing.Contains(u.MediaId)));
        db.MediaUsages.AddRange(existing.Where(id => current.All(u => u.MediaId != id)).Select(id => new MediaUsage(id, entity)));
    }
}
