// The workforce Tasklist plugin adds a REST resource only; its browser side is scripts/workforce/tasklist.js.
export default [];
