// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.ServiceGuard;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.help.HelpMenu;
import org.caseload.help.HelpService;
import org.caseload.help.KeyboardShortcut;
import org.caseload.help.KnowledgeBase;
import org.caseload.help.Platform;
import org.caseload.help.Screen;
import org.caseload.help.ScreenField;
import org.caseload.help.ToolTip;
import org.caseload.help.ToolTipCoverage;
import org.caseload.help.ArticleEditing;
import org.caseload.help.TicketSuggestions;
import org.caseload.help.internal.kb.DefaultArticleEditing;
import org.caseload.help.internal.kb.LiveKnowledgeBase;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.ui.HelpContentSource;
import org.caseload.spi.ui.ScreenGuide;
import org.caseload.spi.ui.ShortcutDefinition;
import org.caseload.spi.ui.ShortcutOverride;

/**
 * The help service over a runtime's {@link Kernel} and the content indexed when it was created.
 * Tool tips, menus and shortcuts use {@link Kernel#authorize}: they are shared content read on
 * every hover, where a unit of work and an audit entry per call would cost more than the read.
 */
public final class DefaultHelpService implements HelpService {

    private static final Operation TOOL_TIP = new Operation("help.tooltip", Permission.HELP_READ);
    private static final Operation MENU = new Operation("help.menu", Permission.HELP_READ);
    private static final Operation SHORTCUTS = new Operation("help.shortcuts", Permission.HELP_READ);
    private static final Operation COVERAGE = new Operation("help.tooltip.coverage", Permission.DESIGN);

    private final Kernel kernel;
    private final ToolTipIndex toolTips;
    private final ShortcutRegistry shortcuts;
    private final HelpMenus menus;
    /** What {@link #knowledgeBase()} hands out: a null argument is refused like everywhere else. */
    private final KnowledgeBase guardedKnowledgeBase;
    private final ArticleEditing articleEditing;
    private final TicketSuggestions ticketSuggestions;

    private DefaultHelpService(Kernel kernel, ToolTipIndex toolTips, ShortcutRegistry shortcuts, ScreenGuides guides,
                               LiveKnowledgeBase knowledgeBase) {
        this.kernel = kernel;
        this.toolTips = toolTips;
        this.shortcuts = shortcuts;
        this.menus = new HelpMenus(guides, shortcuts,
                (user, articleId) -> knowledgeBase.published(user, articleId).isPresent());
        this.guardedKnowledgeBase = ServiceGuard.guard(KnowledgeBase.class, knowledgeBase.readers());
        this.articleEditing = ServiceGuard.guard(ArticleEditing.class, new DefaultArticleEditing(kernel, knowledgeBase));
        this.ticketSuggestions = ServiceGuard.guard(TicketSuggestions.class,
                new DefaultTicketSuggestions(kernel, guardedKnowledgeBase, knowledgeBase::published, guides));
    }

    /**
     * Reads the content once, checks it and indexes it.
     *
     * @throws ConfigurationException listing every problem at once: content that cannot be read,
     *         two tips for the same key, malformed articles, conflicting shortcuts, guides naming
     *         missing articles (checked once the articles could be read)
     */
    public static HelpService over(Kernel kernel, HelpContentSource content) {
        Problems problems = new Problems();
        Optional<ToolTipIndex> toolTips = problems.attempt(() -> ToolTipIndex.of(content.toolTips()));
        Optional<LiveKnowledgeBase> knowledgeBase = problems.attempt(() -> LiveKnowledgeBase.over(kernel, content));
        Optional<List<ShortcutDefinition>> definitions = problems.attempt(
                () -> required(content.shortcuts(), "keyboard shortcuts"));
        Optional<List<ShortcutOverride>> changes = problems.attempt(
                () -> required(content.shortcutOverrides(), "keyboard shortcut changes"));
        Optional<ShortcutRegistry> shortcuts = definitions.isEmpty() || changes.isEmpty() ? Optional.empty()
                : problems.attempt(() -> ShortcutRegistry.of(definitions.get(), changes.get()));
        Optional<List<ScreenGuide>> guideList = problems.attempt(
                () -> required(content.screenGuides(), "screen guides"));
        Optional<ScreenGuides> guides = guideList.isEmpty() || knowledgeBase.isEmpty() ? Optional.empty()
                : problems.attempt(() -> ScreenGuides.of(guideList.get(), knowledgeBase.get().articleIds()));
        problems.throwIfAny("the help content");
        return new DefaultHelpService(kernel, toolTips.orElseThrow(), shortcuts.orElseThrow(), guides.orElseThrow(),
                knowledgeBase.orElseThrow());
    }

    private static <T> List<T> required(List<T> content, String what) {
        if (content == null || content.stream().anyMatch(Objects::isNull)) {
            throw new ConfigurationException("the help content source returned null " + what);
        }
        return content;
    }

    @Override
    public Optional<ToolTip> toolTip(String screenId, String fieldId) {
        Principal user = kernel.authorize(TOOL_TIP);
        if (!Ids.valid(screenId, fieldId)) {
            kernel.validate(new ToolTipRequest(screenId, fieldId));
        }
        return toolTips.find(user.organizationId(), user.locale(), screenId, null, fieldId);
    }

    @Override
    public Optional<ToolTip> formToolTip(String screenId, String formId, String fieldId) {
        Principal user = kernel.authorize(TOOL_TIP);
        if (!Ids.valid(screenId, fieldId) || !Ids.valid(formId)) {
            kernel.validate(new FormToolTipRequest(screenId, formId, fieldId));
        }
        return toolTips.find(user.organizationId(), user.locale(), screenId, formId, fieldId);
    }

    @Override
    public ToolTipCoverage toolTipCoverage(List<Screen> catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        Principal user = kernel.authorize(COVERAGE);
        String language = user.locale().getLanguage();
        List<ScreenField> missing = new ArrayList<>();
        List<ScreenField> untranslated = new ArrayList<>();
        int fields = 0;
        for (Screen screen : catalogue) {
            for (String fieldId : screen.fieldIds()) {
                fields++;
                ScreenField field = new ScreenField(screen.id(), fieldId);
                Optional<Locale> found = toolTips.find(user.organizationId(), user.locale(), screen.id(), null,
                        fieldId).map(ToolTip::locale);
                if (found.isEmpty()) {
                    missing.add(field);
                } else if (!found.get().getLanguage().equals(language)) {
                    untranslated.add(field);
                }
            }
        }
        return new ToolTipCoverage(user.organizationId(), user.locale(), fields, missing, untranslated);
    }

    @Override
    public HelpMenu menu(String screenId, Platform platform) {
        Objects.requireNonNull(platform, "platform");
        Principal user = kernel.authorize(MENU);
        if (!Ids.valid(screenId)) {
            kernel.validate(new ScreenRequest(screenId));
        }
        return menus.menu(user, screenId, platform);
    }

    @Override
    public List<KeyboardShortcut> shortcuts(String screenId, Platform platform) {
        Objects.requireNonNull(platform, "platform");
        Principal user = kernel.authorize(SHORTCUTS);
        if (!Ids.valid(screenId)) {
            kernel.validate(new ScreenRequest(screenId));
        }
        return shortcuts.active(user.organizationId(), screenId, platform, user.locale());
    }

    @Override
    public KnowledgeBase knowledgeBase() {
        return guardedKnowledgeBase;
    }

    @Override
    public ArticleEditing articleEditing() {
        return articleEditing;
    }

    @Override
    public TicketSuggestions ticketSuggestions() {
        return ticketSuggestions;
    }
}
