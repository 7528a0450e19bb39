using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Modules.Pages.Blocks;
using RusToK.Domain.Modules.Pages.Menus;

namespace RusToK.Domain.Modules.Pages;

/// <summary>Pages' tables on the unit of work, as properties of <see cref="IAppDbContext"/> that the kernel never declares.</summary>
public static class PagesSets
{
    extension(IAppDbContext db)
    {
        public DbSet<PageBlock> PageBlocks => db.Set<PageBlock>();

        public DbSet<Menu> Menus => db.Set<Menu>();

        public DbSet<MenuItem> MenuItems => db.Set<MenuItem>();
    }
}
