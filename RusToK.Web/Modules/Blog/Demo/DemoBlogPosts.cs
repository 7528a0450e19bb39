namespace RusToK.Web.Modules.Blog.Demo;

/// <summary>The demo tenant's blog: a small coffee roastery writing about brewing, origins and its shop.</summary>
public static class DemoBlogPosts
{
    public static IReadOnlyList<(string Name, string Description, string RussianName, string RussianDescription)> Categories { get; } =
    [
        ("Brew guides", "Step-by-step recipes for every brewer on the counter.", "Как заваривать", "Пошаговые рецепты для любой заварочной посуды."),
        ("Origins", "Farms, regions and the people who grow our coffee.", "Происхождение", "Фермы, регионы и люди, которые выращивают наш кофе."),
        ("Roastery news", "What is new in the shop and on the roaster.", "Новости обжарки", "Что нового в магазине и у ростера."),
        ("Recipes", "Drinks and bakes to make at home.", "Рецепты", "Напитки и выпечка, которые можно приготовить дома."),
    ];

    public static IReadOnlyList<DemoPost> Posts { get; } =
    [
        new("The perfect pour-over in five steps", "Brew guides", ["pour-over", "v60", "beginners"], 2,
            "A calm, repeatable V60 recipe that tastes sweet and clear every morning.",
            "Pour-over rewards patience. With a kettle, a scale and five minutes you can brew a cup that shows everything a coffee has to offer.",
            ["Rinse the paper filter with hot water and discard the water.", "Use 15 g of coffee, ground like coarse sea salt, for 250 g of water at 94 °C.", "Bloom with 40 g of water for 40 seconds.", "Pour the rest in slow circles, finishing by 1:45.", "Aim for a total time of about three minutes."],
            "If the cup tastes sour, grind finer; if it tastes bitter and dry, grind coarser. Change one thing at a time."),
        new("Why we roast light", "Roastery news", ["roasting", "light-roast"], 6,
            "Light roasting keeps the fruit and florals that make each farm's coffee taste like itself.",
            "People often ask why our coffee tastes of berries or jasmine rather than of chocolate and smoke. The answer is in the roast.",
            ["Sugars caramelise but do not burn.", "Acidity stays lively and sweet.", "Each origin keeps its own character."],
            "Light does not mean weak: it means honest. Try a filter of our Ethiopian next to a dark roast and taste the difference."),
        new("Meet the farmers of Huila", "Origins", ["colombia", "farmers", "direct-trade"], 11,
            "High in the Colombian Andes, the Cuellar family grows some of the sweetest coffee we buy.",
            "We visited Huila in the spring harvest, walking the steep rows of Caturra and Pink Bourbon with Doña Marta and her sons.",
            ["The farm sits at 1,850 metres above sea level.", "Cherries are picked ripe, by hand, over four passes.", "Fermentation lasts 36 hours in tiled tanks."],
            "This is our third year buying the whole lot. Paying above fair-trade prices lets the family invest in new drying beds."),
        new("French press without the sludge", "Brew guides", ["french-press", "beginners"], 15,
            "Two small changes turn a muddy press pot into a clean, rich cup.",
            "The French press is the easiest brewer to own and the easiest to get wrong. Most of the grit comes from rushing.",
            ["Grind coarse and use 30 g of coffee per 500 g of water.", "Steep for four minutes, then break the crust and skim the foam.", "Wait another five minutes before pressing gently."],
            "The wait feels long the first time. It is worth it: the fines settle and the cup turns silky."),
        new("A week in Yirgacheffe", "Origins", ["ethiopia", "washed", "travel"], 21,
            "Washing stations, cupping tables and the smell of jasmine in the air.",
            "Ethiopia is where coffee comes from, and Yirgacheffe is where many of us first tasted how floral it can be.",
            ["Over 700 smallholders deliver cherries to one washing station.", "Beans dry for 12 days on raised African beds.", "We cupped 40 lots to choose three."],
            "The lot we chose tastes of bergamot, peach and black tea. It arrives in the shop next month."),
        new("Our new roaster has arrived", "Roastery news", ["roasting", "shop"], 27,
            "After months of waiting, a 15-kilo roaster now sits in the middle of the shop.",
            "You may have heard the crane on Tuesday morning. Our new roaster is installed and already working.",
            ["Three times the batch size of the old machine.", "An afterburner that cuts smoke to nearly nothing.", "Software that logs every roast curve."],
            "Come by on Saturday mornings to watch a batch drop and taste it the following week."),
        new("Iced coffee that is not watery", "Recipes", ["iced-coffee", "summer"], 34,
            "Brew hot straight onto ice for a bright, sweet iced coffee in four minutes.",
            "Cold brew takes a day and tastes flat to us. Flash-chilling keeps the aromatics a hot brew gives you.",
            ["Replace 40% of the brew water with ice in the carafe.", "Use 20 g of coffee for 180 g of hot water and 120 g of ice.", "Stir well and pour over fresh ice."],
            "A washed Kenyan is spectacular this way: blackcurrant and grapefruit, ice-cold."),
        new("How to read a coffee bag", "Brew guides", ["beginners", "buying-coffee"], 40,
            "Origin, process, roast date and tasting notes explained in plain words.",
            "A specialty coffee bag tells you a lot, if you know where to look.",
            ["Roast date: drink within two to six weeks of it.", "Process: washed is clean and bright, natural is fruity and heavy.", "Altitude: higher farms usually mean denser, sweeter beans."],
            "Tasting notes are not flavourings: they describe what the coffee reminds a taster of."),
        new("Espresso at home: where to start", "Brew guides", ["espresso", "equipment"], 47,
            "You do not need a thousand-euro machine, but you do need a good grinder.",
            "Espresso is the hardest brew method to master at home, and the most fun once it clicks.",
            ["Spend more on the grinder than on the machine.", "Start with 18 g in, 36 g out, in 25–30 seconds.", "Taste, then change the grind, not the dose."],
            "Keep a notebook. After a week you will know your coffee better than any recipe does."),
        new("Natural process, explained", "Origins", ["process", "natural", "ethiopia"], 55,
            "Drying the whole cherry gives coffee its wild, jammy sweetness.",
            "In a natural process the coffee seed dries inside the whole fruit, like a raisin, for three to four weeks.",
            ["The fruit's sugars seep into the seed.", "Cherries must be turned every hour to avoid mould.", "The result tastes of strawberries, wine and chocolate."],
            "Naturals divide opinion. We love a clean one as an after-dinner filter."),
        new("Holiday opening hours", "Roastery news", ["shop", "announcement"], 61,
            "When the shop is open over the holidays and the last day to order gifts.",
            "The roastery takes a short break at the end of the year so the team can rest.",
            ["December 23: open until 14:00.", "December 24 – January 2: closed; online orders ship on January 3.", "Order gift boxes by December 18 for delivery before the holidays."],
            "Thank you for a wonderful year. See you in January with new coffees on the shelf."),
        new("Cardamom coffee cake", "Recipes", ["baking", "cardamom"], 68,
            "A soft, spiced loaf that loves a cup of filter coffee next to it.",
            "This cake is the one we bake for the shop on Fridays. It keeps for three days, if it lasts that long.",
            ["Cream 180 g butter with 180 g sugar and 2 tsp ground cardamom.", "Beat in 3 eggs, then fold in 200 g flour and 2 tsp baking powder.", "Add 80 ml strong coffee and bake at 175 °C for 45 minutes."],
            "Brush the warm cake with a coffee syrup for a sticky, glossy top."),
        new("Water matters more than you think", "Brew guides", ["water", "chemistry"], 74,
            "Coffee is 98% water. Hard tap water can flatten even the best beans.",
            "If your coffee tastes dull at home but bright in the shop, the water is the usual suspect.",
            ["Very hard water mutes acidity and scales your kettle.", "Very soft water makes coffee sour and thin.", "A simple jug filter or bottled water with low minerals fixes most problems."],
            "Try the same coffee with tap and filtered water side by side. The difference surprises everyone."),
        new("Visiting our partners in Kenya", "Origins", ["kenya", "direct-trade", "travel"], 82,
            "Cooperatives, SL28 trees and the brightest coffees we buy.",
            "Kenyan coffee is famous for acidity that tastes like blackcurrant. We went to Nyeri to see why.",
            ["Red volcanic soil rich in phosphorus.", "SL28 and SL34 varieties bred for flavour.", "A double fermentation and soaking process."],
            "We are proud to buy from the same cooperative for the fourth year running."),
        new("Grinders: blade versus burr", "Brew guides", ["equipment", "grinders", "beginners"], 90,
            "The single upgrade that improves every cup you make.",
            "A blade grinder chops coffee into dust and boulders. A burr grinder mills it to one size.",
            ["Even grounds extract evenly: sweeter, clearer coffee.", "Hand burr grinders cost less than a month of café visits.", "Grind just before brewing; aroma fades within minutes."],
            "If you buy one piece of equipment this year, make it a burr grinder."),
        new("Our packaging is now compostable", "Roastery news", ["sustainability", "shop"], 97,
            "New bags break down in a home compost in about six months.",
            "Plastic-lined bags kept coffee fresh but lasted forever in landfill. We have changed that.",
            ["Paper outside, plant-based film inside.", "The valve is compostable too.", "Freshness tests show no difference after eight weeks."],
            "Put the empty bag in your compost or the organic bin. The labels are printed with vegetable inks."),
        new("Affogato, three ways", "Recipes", ["espresso", "dessert", "summer"], 105,
            "Ice cream, a shot of espresso and five minutes of happiness.",
            "An affogato is the simplest dessert in the Italian canon, and one of the best.",
            ["Classic: vanilla gelato and a double ristretto.", "Nutty: hazelnut ice cream and a natural Brazil.", "Bright: lemon sorbet and a washed Ethiopian."],
            "Use a warm glass and pour the coffee at the table."),
        new("What is a cupping?", "Roastery news", ["cupping", "events"], 113,
            "How we taste and score coffee, and how you can join us on Thursdays.",
            "Cupping is how the coffee world tastes: the same recipe for every coffee, so differences stand out.",
            ["12 g of coffee, 200 g of water, four minutes.", "Break the crust and smell.", "Slurp from a spoon and score sweetness, acidity and body."],
            "Public cuppings are free every Thursday at 17:00. No experience needed."),
        new("Aeropress for travellers", "Brew guides", ["aeropress", "travel"], 121,
            "Great coffee in a hotel room with one light, unbreakable brewer.",
            "The Aeropress fits in a backpack and forgives almost any mistake.",
            ["Inverted method: 15 g coffee, 230 g water at 90 °C.", "Stir ten times, steep for 90 seconds.", "Flip and press slowly for 30 seconds."],
            "Pack a small hand grinder and a bag of beans and you will never drink hotel coffee again."),
        new("The story behind our decaf", "Origins", ["decaf", "process", "colombia"], 130,
            "Sugarcane decaf keeps the sweetness that older methods strip away.",
            "Decaf used to be the sad cup on the menu. Our Colombian sugarcane decaf changed our minds.",
            ["Ethyl acetate from fermented sugarcane removes the caffeine.", "Done near the farm, in the country of origin.", "Tastes of caramel, red apple and milk chocolate."],
            "It is the coffee we drink after dinner, and nobody guesses it is decaf."),
        new("Spring workshop calendar", "Roastery news", ["events", "workshops"], 139,
            "Brewing basics, latte art and home espresso: book a seat.",
            "Our workshops are small, practical and end with plenty of coffee.",
            ["Brewing basics: first Saturday of each month.", "Latte art: Wednesdays at 18:00.", "Home espresso: two evenings, bring your own machine questions."],
            "Seats are limited to eight people so everyone gets hands-on time."),
        new("Coffee tonic", "Recipes", ["iced-coffee", "summer", "espresso"], 147,
            "Bitter, bright and fizzy: the summer drink our baristas make for themselves.",
            "Coffee tonic sounds odd until you taste it on a hot day.",
            ["Fill a tall glass with ice and 150 ml tonic water.", "Add a slice of orange.", "Pour a double espresso slowly on top so it floats."],
            "A fruity natural espresso makes the best coffee tonic. Stir before the last sip."),
    ];

    /// <summary>The first post again in Russian, at the same address: the demo's example of a translated post.</summary>
    public static (string Title, string Excerpt, string Body) FirstPostInRussian { get; } = (
        "Идеальный пуровер за пять шагов",
        "Спокойный и повторяемый рецепт для V60: сладкая и чистая чашка каждое утро.",
        """
        Пуровер вознаграждает терпение. Чайник, весы и пять минут — и чашка покажет всё, что есть в кофе.

        ## Что нужно знать

        - Промойте бумажный фильтр горячей водой и слейте её.
        - Возьмите 15 г кофе крупного помола на 250 г воды при 94 °C.
        - Дайте кофе «расцвести»: 40 г воды на 40 секунд.
        - Вливайте остальное медленными кругами и закончите к 1:45.
        - Всё заваривание — около трёх минут.

        ## Наш совет

        Если чашка кислит, мелите мельче; если горчит и сушит — крупнее. Меняйте что-то одно за раз.
        """);
}
