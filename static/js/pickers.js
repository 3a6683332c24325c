// Search-as-you-type pickers: htmx already shows the matches as you type, so Enter in the search
// box must not submit the surrounding form (without JavaScript, Enter or "Find" does the search).
document.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && event.target.matches("input[data-picker-search]")) {
    event.preventDefault();
  }
});
