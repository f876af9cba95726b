export const id = 882;
export const ids = [882];
export const modules = {

/***/ 3882:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ guardSection),
/* harmony export */   kd: () => (/* binding */ guardActivityText)
/* harmony export */ });
/* unused harmony export agoText */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3330);

/** "just now", "12 min ago", "3 h ago", "2 d ago"; a time after `nowMs` (clock skew) is "just now". */
function agoText(atMs, nowMs) {
    const minutes = Math.floor((nowMs - atMs) / 60_000);
    if (!(minutes >= 1))
        return 'just now';
    if (minutes < 60)
        return `${minutes} min ago`;
    const hours = Math.floor(minutes / 60);
    return hours < 48 ? `${hours} h ago` : `${Math.floor(hours / 24)} d ago`;
}
const when = (at, nowMs) => `at ${at} (${agoText(Date.parse(at), nowMs)})`;
/** One plain line: what the guard did to `alias`, when and why, since the last promotion. */
function guardActivityText(activity, nowMs) {
    const parts = [];
    const { rolledBack, lastActionAt } = activity;
    if (rolledBack) {
        const to = activity.lastPassed ? ` back to v${activity.lastPassed}` : '';
        parts.push(`rolled alias ${activity.alias} off v${rolledBack.version}${to} ${when(rolledBack.at, nowMs)}: ${rolledBack.reason}`);
    }
    if (lastActionAt && lastActionAt !== rolledBack?.at) {
        parts.push(`last acted (a notice, a scale-out or a rollback) ${when(lastActionAt, nowMs)}`);
    }
    const since = activity.promotedAt
        ? `since the promotion at ${activity.promotedAt}`
        : 'no promotion recorded';
    return `${activity.functionName}: the guard ${parts.join('; ')} (${since})`;
}
/** The summary's section; empty when the guard did nothing since the last release. */
function guardSection(activities, nowMs) {
    if (activities.length === 0)
        return [];
    return [
        '### The guard since the last release',
        '',
        ...activities.map((a) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(guardActivityText(a, nowMs))}`),
        '',
    ];
}


/***/ })

};
