using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Localization;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Modules.Content;

namespace RusToK.Domain.Modules.Pages.Menus;

/// <summary>The current tenant's header and footer menus.</summary>
public sealed class MenuService(IAppDbContextFactory dbFactory)
{
    public const int MaxItems = 50;

    /// <summary>The menu with every translation (for editors), or with titles in <paramref name="readerLanguage"/>.</summary>
    public async Task<IReadOnlyList<SiteLink>> LinksAsync(MenuLocation location, CancellationToken ct = default, string? readerLanguage = null)
    {
        await using var db = dbFactory.CreateContext();
        var menu = await db.Menus.AsNoTracking().Include(m => m.Items).FirstOrDefaultAsync(m => m.Location == location, ct);
        return menu?.Links(readerLanguage) ?? [];
    }

    /// <summary>Saves the whole menu; every title and address is checked first and nothing is saved if one is wrong.</summary>
    public async Task<OperationResult<IReadOnlyList<SiteLink>>> SaveAsync(MenuLocation location, IReadOnlyList<SiteLink> links, CancellationToken ct = default)
    {
        var validator = new Validator().Must(Enum.IsDefined(location), "location", "Location must be Header or Footer.");
        var all = links.Concat(links.SelectMany(l => l.Children ?? [])).ToList();
        validator.Must(all.Count <= MaxItems, "items", $"A menu holds at most {MaxItems} links.");
        validator.Must(links.All(l => (l.Children ?? []).All(c => (c.Children ?? []).Count == 0)), "items", "Menus nest one level deep: a sub-item cannot have its own sub-items.");
        for (var i = 0; i < all.Count; i++)
        {
            var link = all[i];
            if (string.IsNullOrWhiteSpace(link.Title) || link.Title.Trim().Length > MenuItem.MaxTitleLength)
            {
                validator.Add($"items[{i}].title", $"Each link needs a title of 1–{MenuItem.MaxTitleLength} characters.");
            }

            validator.Translations($"items[{i}].translations", link.Translations);
            foreach (var (t, j) in (link.Translations ?? []).Select((t, j) => (t, j)))
            {
                validator.MaxLength($"items[{i}].translations[{j}].text", t.Text, MenuItem.MaxTitleLength, "Title");
            }

            if (string.IsNullOrWhiteSpace(link.Url) || !ContentValidation.IsSafeUrl(link.Url.Trim()))
            {
                validator.Add($"items[{i}].url", $"\"{link.Title}\" needs an address on this site (/about) or an http(s) address.");
            }
        }

        if (!validator.IsValid) return validator.ToFailure<IReadOnlyList<SiteLink>>();
        await using var db = dbFactory.CreateContext();
        var menu = await db.Menus.Include(m => m.Items).FirstOrDefaultAsync(m => m.Location == location, ct);
        if (menu is null) db.Menus.Add(menu = Menu.Create(location));
        db.MenuItems.RemoveRange(menu.Items);
        menu.Replace(links.Select(l => l with { Children = l.Children ?? [] }).ToList());
        db.MenuItems.AddRange(menu.Items);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(menu.Links());
    }
}
