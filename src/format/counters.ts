// What is being counted, and the suffix Korean copy writes after the number.
// "개 사업" and the like keep the noun because the counter 개 alone is ambiguous
// in a story about projects, companies and courses at once.
export type Counter = "person" | "project" | "company" | "course" | "program" | "subProject" | "case" | "award";

export const COUNTERS: Readonly<Record<Counter, string>> = Object.freeze({
  person: "명",
  project: "개 사업",
  company: "개 기업",
  course: "개 과정",
  program: "개 프로그램",
  subProject: "개 세부사업",
  case: "건",
  award: "개 상",
});
